package org.careledger.api.shared;

/** A value object refused its input; the message names the field and never echoes the value, which may be PHI. */
public class InvalidValue extends RuntimeException {
    private final String field;

    public InvalidValue(String field) {
        this(field, "is invalid");
    }

    public InvalidValue(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}

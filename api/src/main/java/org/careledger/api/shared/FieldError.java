package org.careledger.api.shared;

/** One rejected field of a request, named as the client sent it; the message never echoes the value. */
public record FieldError(String field, String message) {
    public static FieldError of(InvalidValue invalid) {
        return new FieldError(invalid.field(), invalid.reason());
    }
}

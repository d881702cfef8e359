package org.careledger.api.shared;

import java.util.List;

/** A request was refused before it reached the record; it lists every bad field at once. */
public class InvalidRequest extends ClinicalException {
    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(ClinicalErrorCode.INVALID_REQUEST, "the request has " + errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(InvalidValue invalid) {
        return new InvalidRequest(List.of(FieldError.of(invalid)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package org.careledger.api.shared;

/** A clinical rule refused a request; subclasses are named for the broken rule and the message never contains PHI. */
public abstract class ClinicalException extends RuntimeException {
    private final ClinicalErrorCode code;

    protected ClinicalException(ClinicalErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ClinicalErrorCode code() {
        return code;
    }

    public ClinicalError toError() {
        return new ClinicalError(code, getMessage());
    }
}

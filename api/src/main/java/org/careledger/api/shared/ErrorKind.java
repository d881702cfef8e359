package org.careledger.api.shared;

/** The kind of failure a clinical error is, which decides the answer a client gets. */
public enum ErrorKind {
    BAD_INPUT,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    PRECONDITION_FAILED,
    UNPROCESSABLE
}

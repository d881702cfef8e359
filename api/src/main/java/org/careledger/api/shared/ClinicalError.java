package org.careledger.api.shared;

/** The serializable form of a refused command, carried as the details of a command failure so it survives Axon Server. */
public record ClinicalError(ClinicalErrorCode code, String message) {}

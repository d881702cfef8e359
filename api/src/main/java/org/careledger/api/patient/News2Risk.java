package org.careledger.api.patient;

/**
 * The clinical risk band of a NEWS2 score (RCP, 2017): LOW for 0-4, LOW_MEDIUM when a single
 * parameter scores 3, MEDIUM for 5-6 (urgent response), HIGH for 7 or more (emergency response).
 */
public enum News2Risk {
    LOW,
    LOW_MEDIUM,
    MEDIUM,
    HIGH
}

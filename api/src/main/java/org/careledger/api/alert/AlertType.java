package org.careledger.api.alert;

/**
 * What raised an alert. A patient has at most one open alert per type: a repeat is recorded as a
 * recurrence on the open one.
 */
public enum AlertType {
    NEWS2,
    VITAL_SIGN_THRESHOLD,
    RED_FLAG_CHECK_IN,
    MISSED_CHECK_IN,
    MANUAL
}

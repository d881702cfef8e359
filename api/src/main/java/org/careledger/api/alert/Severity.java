package org.careledger.api.alert;

/**
 * How urgent an alert is; it sets the time to acknowledge before escalation (CRITICAL 5 min ... LOW 24 h by default).
 * Declared from least to most urgent: the alert views store that order as the worklist's rank (V17), so a new
 * severity goes at its place with a migration that renumbers the stored ranks.
 */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}

package org.careledger.api.alert;

/** How urgent an alert is; it sets the time to acknowledge before escalation (CRITICAL 5 min ... LOW 24 h by default). */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}

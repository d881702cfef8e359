package org.careledger.api.alert;

/** Where an alert is in its life: open (raised or escalated), acknowledged, or closed (resolved or cancelled). */
public enum AlertStatus {
    RAISED,
    ESCALATED,
    ACKNOWLEDGED,
    RESOLVED,
    CANCELLED;

    /** Nobody has taken the alert on yet: escalation continues. */
    public boolean awaitsAcknowledgement() {
        return this == RAISED || this == ESCALATED;
    }

    /** Resolved or cancelled: nothing more happens to the alert. */
    public boolean isClosed() {
        return this == RESOLVED || this == CANCELLED;
    }
}

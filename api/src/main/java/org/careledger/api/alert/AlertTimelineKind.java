package org.careledger.api.alert;

/** What happened to an alert at one point of its timeline: one kind per alert event. */
public enum AlertTimelineKind {
    RAISED,
    RECURRED,
    ESCALATED,
    NOTIFICATION_SENT,
    NOTIFICATION_FAILED,
    ACKNOWLEDGED,
    NOTE_ADDED,
    RESOLVED,
    CANCELLED
}

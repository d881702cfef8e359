package org.careledger.api.appointment;

/** What happened to an appointment at one point of its history: one kind per appointment event. */
public enum AppointmentHistoryKind {
    REQUESTED,
    BOOKED,
    CONFIRMED,
    RESCHEDULED,
    CHECKED_IN,
    FULFILLED,
    CANCELLED,
    NO_SHOW,
    ENTERED_IN_ERROR,
    REMINDER_SENT,
    REMINDER_FAILED
}

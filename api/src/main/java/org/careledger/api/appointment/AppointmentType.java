package org.careledger.api.appointment;

/** What the appointment is for; a {@code VIDEO} appointment carries a join link once booked. */
public enum AppointmentType {
    CONSULTATION,
    FOLLOW_UP,
    EMERGENCY,
    ROUTINE_CHECKUP,
    VIDEO
}

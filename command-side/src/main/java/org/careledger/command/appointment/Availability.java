package org.careledger.command.appointment;

/**
 * Whether the clinician and the patient already hold other time (a proposed, booked or checked-in appointment) that
 * overlaps the time asked for, as read under their locks by {@link AppointmentBooking}.
 */
record Availability(boolean clinicianBusy, boolean patientBusy) {
    static final Availability FREE = new Availability(false, false);
}

package org.careledger.api.appointment;

/**
 * Where an appointment stands, after FHIR R4 Appointment.status: {@code PROPOSED} (requested by the patient, not yet
 * confirmed), {@code BOOKED}, {@code CHECKED_IN}, and the final {@code FULFILLED}, {@code CANCELLED}, {@code NOSHOW}
 * and {@code ENTERED_IN_ERROR}.
 */
public enum AppointmentStatus {
    PROPOSED,
    BOOKED,
    CHECKED_IN,
    FULFILLED,
    CANCELLED,
    NOSHOW,
    ENTERED_IN_ERROR;

    /** Whether the appointment holds its clinician's and patient's time: proposed, booked or checked in. */
    public boolean holdsTime() {
        return this == PROPOSED || this == BOOKED || this == CHECKED_IN;
    }

    public boolean isFinal() {
        return this == FULFILLED || this == CANCELLED || this == NOSHOW || this == ENTERED_IN_ERROR;
    }
}

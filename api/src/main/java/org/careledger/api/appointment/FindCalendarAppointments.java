package org.careledger.api.appointment;

import java.time.Instant;
import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * Ask for the appointments of one patient or one clinician (exactly one) that start from {@code from} until
 * {@code to}, in every status, for a calendar feed: cancelled ones stay in it so that calendars mark them cancelled.
 */
public record FindCalendarAppointments(PatientId patientId, UserId clinicianId, Instant from, Instant to, Actor viewer) {
    public FindCalendarAppointments {
        if ((patientId == null) == (clinicianId == null)) {
            throw new InvalidValue("patientId", "or clinicianId, exactly one, is required");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(viewer, "viewer");
    }
}

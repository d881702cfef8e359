package org.careledger.api.appointment;

import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * Ask for the next appointments, soonest first, that still hold time (proposed, booked, checked in) and have not
 * ended: of one patient or of one clinician (exactly one of the two), at most {@code limit}.
 */
public record FindUpcomingAppointments(PatientId patientId, UserId clinicianId, int limit, Actor viewer) {
    public static final int MAX_LIMIT = 100;

    public FindUpcomingAppointments {
        if ((patientId == null) == (clinicianId == null)) {
            throw new InvalidValue("patientId", "or clinicianId, exactly one, is required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValue("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}

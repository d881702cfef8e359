package org.careledger.api.appointment;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * Ask for the appointments {@code viewer} may see, earliest start first, one page at a time: of one patient and one
 * clinician when given, starting from {@code from} (inclusive) until {@code to} (exclusive) when given, in any of
 * {@code statuses} (every status when empty).
 */
public record FindAppointments(
        PatientId patientId,
        UserId clinicianId,
        Instant from,
        Instant to,
        Set<AppointmentStatus> statuses,
        int page,
        int size,
        Actor viewer) {
    public static final int MAX_SIZE = 100;

    public FindAppointments {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValue("from", "must be before to");
        }
        if (page < 0) {
            throw new InvalidValue("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size", "must be between 1 and " + MAX_SIZE);
        }
        // JPA takes the row offset as an int
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidValue("page", "is too large");
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}

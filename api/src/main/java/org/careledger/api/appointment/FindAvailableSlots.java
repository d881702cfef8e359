package org.careledger.api.appointment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.UserId;

/**
 * Ask which slots of a clinician are free from the day {@code from} to the day {@code to}, both inclusive, in the
 * organization's time zone: working hours minus booked time and absences, never in the past; at most
 * {@link #MAX_DAYS} days.
 */
public record FindAvailableSlots(UserId clinicianId, LocalDate from, LocalDate to, Actor viewer) {
    public static final int MAX_DAYS = 31;

    public FindAvailableSlots {
        if (clinicianId == null) {
            throw new InvalidValue("clinicianId", "is required");
        }
        if (from == null) {
            throw new InvalidValue("from", "is required");
        }
        if (to == null) {
            throw new InvalidValue("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValue("to", "must be at most " + MAX_DAYS + " days from from, both included");
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}

package org.careledger.api.appointment;

import java.time.LocalDate;
import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.UserId;

/** Ask for a clinician's day, {@code date} in the organization's time zone: hours, appointments, absences, free slots. */
public record FindClinicianSchedule(UserId clinicianId, LocalDate date, Actor viewer) {
    public FindClinicianSchedule {
        Objects.requireNonNull(clinicianId, "clinicianId");
        if (date == null) {
            throw new InvalidValue("date", "is required");
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}

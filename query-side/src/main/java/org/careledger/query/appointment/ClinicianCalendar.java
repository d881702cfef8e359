package org.careledger.query.appointment;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.careledger.api.appointment.ScheduleAbsence;

/** A clinician's working week in the organization's time zone, and their absences in the range asked for. */
public record ClinicianCalendar(ZoneId zone, WorkingWeek week, List<ScheduleAbsence> absences) {
    public ClinicianCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(week, "week");
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}

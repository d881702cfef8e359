package org.careledger.api.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A clinician's day in the organization's time zone: the working periods, the appointments starting that day (all but
 * those entered in error, earliest first), the absences that touch it and the slots still free.
 */
public record ClinicianSchedule(
        UUID clinicianId,
        LocalDate date,
        String timeZone,
        List<SchedulePeriod> workingPeriods,
        List<AppointmentSummary> appointments,
        List<ScheduleAbsence> absences,
        List<AvailableSlot> freeSlots) {
    public ClinicianSchedule {
        workingPeriods = workingPeriods == null ? List.of() : List.copyOf(workingPeriods);
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        absences = absences == null ? List.of() : List.copyOf(absences);
        freeSlots = freeSlots == null ? List.of() : List.copyOf(freeSlots);
    }
}

package org.careledger.app.scheduling;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.careledger.query.appointment.WorkingWeek;

/** One period of a clinician's working week; all rows of a clinician share one slot length. */
@Entity
@Table(name = "clinician_working_hours")
@IdClass(WorkingHoursRow.Key.class)
class WorkingHoursRow {
    @Id
    private UUID clinicianId;
    @Id
    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;
    @Id
    private LocalTime startTime;
    private UUID organizationId;
    private LocalTime endTime;
    private int slotMinutes;

    record Key(UUID clinicianId, DayOfWeek dayOfWeek, LocalTime startTime) implements Serializable {}

    protected WorkingHoursRow() {} // for JPA

    WorkingHoursRow(UUID clinicianId, UUID organizationId, WorkingWeek.Period period, int slotMinutes) {
        this.clinicianId = clinicianId;
        this.organizationId = organizationId;
        this.dayOfWeek = period.day();
        this.startTime = period.start();
        this.endTime = period.end();
        this.slotMinutes = slotMinutes;
    }

    WorkingWeek.Period period() {
        return new WorkingWeek.Period(dayOfWeek, startTime, endTime);
    }

    int slotMinutes() {
        return slotMinutes;
    }
}

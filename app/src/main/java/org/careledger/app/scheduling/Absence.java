package org.careledger.app.scheduling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.appointment.ScheduleAbsence;

/** A clinician's time off; the reason is staff text such as "annual leave", never patient data. */
@Entity
@Table(name = "clinician_absence")
class Absence {
    @Id
    private UUID absenceId;
    private UUID clinicianId;
    private UUID organizationId;
    private Instant startsAt;
    private Instant endsAt;
    private String reason;
    private UUID createdBy;
    private Instant createdAt;

    protected Absence() {} // for JPA

    Absence(UUID clinicianId, UUID organizationId, Instant from, Instant to, String reason, UUID createdBy,
            Instant createdAt) {
        this.absenceId = UUID.randomUUID();
        this.clinicianId = clinicianId;
        this.organizationId = organizationId;
        this.startsAt = from;
        this.endsAt = to;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() {
        return absenceId;
    }

    UUID clinicianId() {
        return clinicianId;
    }

    ScheduleAbsence toResult() {
        return new ScheduleAbsence(absenceId, startsAt, endsAt, reason);
    }
}

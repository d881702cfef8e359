package org.careledger.query.appointment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.careledger.api.appointment.AppointmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppointmentViewRepository
        extends JpaRepository<AppointmentView, UUID>, JpaSpecificationExecutor<AppointmentView> {

    /** A clinician's appointments in the given statuses that overlap the range from (inclusive) to (exclusive). */
    @Query("select a from AppointmentView a where a.clinicianId = :clinician and a.status in :statuses"
            + " and a.startAt < :until and a.endAt > :since order by a.startAt, a.appointmentId")
    List<AppointmentView> overlapping(UUID clinician, Collection<AppointmentStatus> statuses, Instant since, Instant until);

    /** How many appointments of each clinician and status start from (inclusive) until to (exclusive). */
    @Query("select a.clinicianId as clinicianId, a.status as status, count(a) as appointments from AppointmentView a"
            + " where a.organizationId = :organization and a.startAt >= :since and a.startAt < :until"
            + " group by a.clinicianId, a.status")
    List<StatusCount> countByClinicianAndStatus(UUID organization, Instant since, Instant until);

    /** {@link #countByClinicianAndStatus} for one clinician. */
    @Query("select a.clinicianId as clinicianId, a.status as status, count(a) as appointments from AppointmentView a"
            + " where a.organizationId = :organization and a.clinicianId = :clinician and a.startAt >= :since"
            + " and a.startAt < :until group by a.clinicianId, a.status")
    List<StatusCount> countByStatus(UUID organization, UUID clinician, Instant since, Instant until);

    interface StatusCount {
        UUID getClinicianId();

        AppointmentStatus getStatus();

        long getAppointments();
    }
}

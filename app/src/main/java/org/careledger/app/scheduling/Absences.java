package org.careledger.app.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Absences extends JpaRepository<Absence, UUID> {
    /** The clinician's absences overlapping from (inclusive) to (exclusive), earliest first. */
    @Query("select a from Absence a where a.clinicianId = :clinicianId and a.startsAt < :until and a.endsAt > :since"
            + " order by a.startsAt, a.absenceId")
    List<Absence> overlapping(UUID clinicianId, Instant since, Instant until);
}

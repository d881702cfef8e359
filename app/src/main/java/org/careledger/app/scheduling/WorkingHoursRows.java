package org.careledger.app.scheduling;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WorkingHoursRows extends JpaRepository<WorkingHoursRow, WorkingHoursRow.Key> {
    List<WorkingHoursRow> findByClinicianId(UUID clinicianId);

    @Modifying
    @Query("delete from WorkingHoursRow w where w.clinicianId = :clinicianId")
    void deleteByClinician(UUID clinicianId);
}

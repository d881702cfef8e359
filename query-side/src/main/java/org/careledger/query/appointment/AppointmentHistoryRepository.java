package org.careledger.query.appointment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentHistoryRepository
        extends JpaRepository<AppointmentHistoryEntryView, AppointmentHistoryEntryView.Key> {
    List<AppointmentHistoryEntryView> findByAppointmentIdOrderBySequenceNumberAsc(UUID appointmentId);
}

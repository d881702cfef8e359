package org.careledger.query.alert;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertTimelineRepository extends JpaRepository<AlertTimelineEntryView, AlertTimelineEntryView.Key> {
    List<AlertTimelineEntryView> findByAlertIdOrderBySequenceNumberAsc(UUID alertId);
}

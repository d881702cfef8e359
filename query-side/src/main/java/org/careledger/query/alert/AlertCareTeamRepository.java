package org.careledger.query.alert;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertCareTeamRepository extends JpaRepository<AlertCareTeamView, AlertCareTeamView.Key> {
    List<AlertCareTeamView> findByPatientIdAndOnTeamTrue(UUID patientId);

    default Set<UUID> membersOf(UUID patientId) {
        return findByPatientIdAndOnTeamTrue(patientId).stream()
                .map(AlertCareTeamView::getMemberId)
                .collect(Collectors.toUnmodifiableSet());
    }
}

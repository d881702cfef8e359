package org.careledger.query.patient;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareTeamMemberRepository extends JpaRepository<CareTeamMemberView, CareTeamMemberView.Key> {
    List<CareTeamMemberView> findByPatientIdOrderByAssignedAtAscMemberIdAsc(UUID patientId);
}

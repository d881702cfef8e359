package org.careledger.command.patient;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MrnClaims extends JpaRepository<MrnClaim, MrnClaim.Key> {
    boolean existsByPatientId(UUID patientId);
}

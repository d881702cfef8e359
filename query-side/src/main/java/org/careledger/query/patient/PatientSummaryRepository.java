package org.careledger.query.patient;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PatientSummaryRepository
        extends JpaRepository<PatientSummaryView, UUID>, JpaSpecificationExecutor<PatientSummaryView> {}

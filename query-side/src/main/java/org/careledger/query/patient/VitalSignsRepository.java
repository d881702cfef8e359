package org.careledger.query.patient;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VitalSignsRepository
        extends JpaRepository<VitalSignsView, VitalSignsView.Key>, JpaSpecificationExecutor<VitalSignsView> {}

package org.careledger.query.alert;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AlertViewRepository extends JpaRepository<AlertView, UUID>, JpaSpecificationExecutor<AlertView> {}

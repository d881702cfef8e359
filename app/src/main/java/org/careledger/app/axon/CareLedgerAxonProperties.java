package org.careledger.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Axon-related settings of CareLedger. */
@ConfigurationProperties("careledger.axon")
record CareLedgerAxonProperties(@DefaultValue("100") int patientSnapshotThreshold) {}

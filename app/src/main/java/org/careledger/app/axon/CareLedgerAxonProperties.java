package org.careledger.app.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Axon-related settings of CareLedger.
 *
 * @param patientSnapshotThreshold events after which a Patient snapshot is taken
 * @param gapTimeout how long a tracking processor waits for a missing global index before treating it
 *     as a rolled-back append; with ordered appends a gap can only be a rollback, so this only bounds
 *     how long a processor keeps remembering it
 * @param gapCleaningThreshold how many remembered gaps make a processor drop those older than the gap
 *     timeout (Axon's default is 250)
 */
@ConfigurationProperties("careledger.axon")
record CareLedgerAxonProperties(
        @DefaultValue("100") int patientSnapshotThreshold,
        @DefaultValue("PT60S") Duration gapTimeout,
        @DefaultValue("250") int gapCleaningThreshold) {}

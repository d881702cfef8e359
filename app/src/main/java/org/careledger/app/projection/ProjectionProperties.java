package org.careledger.app.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the projection processors (those with a {@code ProjectionTables} bean) run, in the serving application and in
 * the replay job alike. A replay is where these matter most: Axon's defaults (one event per transaction) crawl through
 * a long history.
 *
 * @param batchSize events a processor handles in one transaction, per segment; also the unit a failing event rolls
 *     back and retries
 * @param workerThreads threads that work the segments of one processor in parallel
 * @param tokenClaimInterval how often a processor tries to claim segments it does not hold (after a start, or when
 *     another node lets them go)
 * @param initialSegmentCount segments a processor is split into when its tokens are first created; existing tokens
 *     keep their segments
 * @param progressInterval how often a running replay logs its progress
 */
@ConfigurationProperties("careledger.projections")
public record ProjectionProperties(
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int workerThreads,
        @DefaultValue("PT5S") Duration tokenClaimInterval,
        @DefaultValue("16") int initialSegmentCount,
        @DefaultValue("PT10S") Duration progressInterval) {

    public ProjectionProperties {
        if (batchSize < 1 || workerThreads < 1 || initialSegmentCount < 1) {
            throw new IllegalArgumentException("careledger.projections: batch-size, worker-threads and "
                    + "initial-segment-count must be at least 1");
        }
    }
}

package org.careledger.command.support;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregates most recently written stay in memory ({@link BoundedAggregateCache}), so the next command on them
 * reads no events from the store. One cache per aggregate type, named in its {@code @Aggregate}; each holds
 * {@code careledger.axon.aggregate-cache-entries} aggregates (default 10,000; 0 reads every aggregate from the event
 * store for every command).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {
    private final int entries;

    AggregateCaches(@Value("${careledger.axon.aggregate-cache-entries:10000}") int entries) {
        if (entries < 0) {
            throw new IllegalStateException("careledger.axon.aggregate-cache-entries must be 0 (no cache) or more");
        }
        this.entries = entries;
    }

    @Bean
    Cache patientCache() {
        return cache();
    }

    @Bean
    Cache alertCache() {
        return cache();
    }

    @Bean
    Cache appointmentCache() {
        return cache();
    }

    private Cache cache() {
        return entries == 0 ? NoCache.INSTANCE : new BoundedAggregateCache(entries);
    }
}

package org.careledger.app.integrity;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event chain, its checkpoints and their verification, wherever CareLedger stores the events
 * itself (not with Axon Server, which keeps its own store).
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class IntegrityConfig {

    /** Brought up to date (adopting unchained events) before Axon starts and anything is appended. */
    @Bean(initMethod = "adopt")
    @DependsOnDatabaseInitialization
    EventChain eventChain(DataSource dataSource, PlatformTransactionManager transactions) {
        return new EventChain(dataSource, transactions);
    }

    @Bean
    SigningKeys checkpointSigningKeys(IntegrityProperties properties) {
        return SigningKeys.load(properties);
    }

    @Bean
    @DependsOnDatabaseInitialization
    CheckpointStore checkpointStore(IntegrityProperties properties, DataSource dataSource) {
        return switch (properties.checkpoints().store()) {
            case FILE -> new FileCheckpointStore(properties.checkpointFile());
            case DATABASE -> new DatabaseCheckpointStore(new JdbcTemplate(dataSource));
        };
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    Checkpointer checkpointer(EventChain chain, CheckpointStore store, SigningKeys keys, Clock clock,
            IntegrityProperties properties) {
        return new Checkpointer(chain, store, keys, clock, properties.checkpoints());
    }

    @Bean
    ChainVerifier chainVerifier(DataSource dataSource, PlatformTransactionManager transactions, CheckpointStore store,
            SigningKeys keys, Clock clock, IntegrityProperties properties) {
        return new ChainVerifier(dataSource, transactions, store, keys, clock, properties.fetchSize());
    }
}

package org.careledger.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.careledger.app.integrity.EventChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * How Axon runs in CareLedger: Jackson everywhere (application.yml), the JDBC storage engine with
 * ordered appends on the relational profiles, and the audit metadata every message carries.
 */
@org.springframework.context.annotation.Configuration
class AxonConfig {

    /** Only when events live in our own database; with Axon Server, Axon Server stores them. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
            PersistenceExceptionResolver persistenceExceptionResolver, Configuration configuration,
            ConnectionProvider connections, TransactionManager transactions, CareLedgerAxonProperties properties,
            EventChain chain) {
        var builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .schema(new EventSchema())
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .gapCleaningThreshold(properties.gapCleaningThreshold());
        return new OrderedAppendEventStorageEngine(builder, transactions, connections, chain);
    }

    /** A second event at one aggregate's sequence number is a concurrent write (409), on PostgreSQL and H2 alike. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolations();
    }

    /** A patient's stream grows with every reading; a snapshot every so many events keeps loading it cheap. */
    @Bean
    SnapshotTriggerDefinition patientSnapshotTrigger(Snapshotter snapshotter, CareLedgerAxonProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.patientSnapshotThreshold());
    }

    /**
     * Causation and correlation, with the names auditors expect: {@code causationId} is the message that
     * directly caused this one, {@code correlationId} the first message of the whole exchange.
     */
    @Bean
    CorrelationDataProvider causationAndCorrelation() {
        return new MessageOriginProvider(AuditMetadata.CAUSATION_ID, AuditMetadata.CORRELATION_ID);
    }

    /** Who acted, and from where, travels from the command to every event and command it causes. */
    @Bean
    CorrelationDataProvider actingUser() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR_KEYS.toArray(String[]::new));
    }

}

package org.careledger.query.audit;

import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.careledger.api.audit.PatientRecordAccessed;
import org.careledger.query.ProjectionTables;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes every stored event: its position, stream, time, organization, the patient it concerns and who caused it.
 * Events are handled in the order of the store (one sequence for the whole processor), because an event that names
 * neither patient nor organization, such as an alert's acknowledgement, learns both from its stream's earlier events.
 */
@Component
@ProcessingGroup(AuditIndexProjection.PROCESSING_GROUP)
class AuditIndexProjection {
    static final String PROCESSING_GROUP = "audit-index";

    private final JdbcTemplate jdbc;

    AuditIndexProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("no position for " + token));
        if (exists("SELECT count(*) FROM audit_event WHERE global_index = ?", position)) {
            return; // redelivered
        }
        // an event published outside any aggregate (a record access) is stored under its own id, without a type
        var stream = event instanceof DomainEventMessage<?> domain && domain.getType() != null ? domain : null;
        String aggregateId = stream == null ? null : stream.getAggregateIdentifier();
        Subject subject = subjectOf(event.getPayload(), stream, aggregateId);
        Map<String, Object> metadata = event.getMetaData();
        jdbc.update("INSERT INTO audit_event (global_index, event_id, occurred_at, organization_id, patient_id,"
                        + " aggregate_type, aggregate_id, sequence_number, event_type, actor_id, actor_role, client_ip,"
                        + " correlation_id, causation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                position, event.getIdentifier(), Timestamp.from(event.getTimestamp()), subject.organizationId(),
                subject.patientId(), stream == null ? null : stream.getType(), aggregateId,
                stream == null ? null : stream.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                uuid(metadata.get("actorId")), text(metadata.get("actorRole")), text(metadata.get("clientIp")),
                text(metadata.get("correlationId")), text(metadata.get("causationId")));
    }

    private Subject subjectOf(Object payload, DomainEventMessage<?> stream, String aggregateId) {
        Subject named = Subject.namedIn(payload);
        if (payload instanceof PatientRecordAccessed access) {
            // the reader's organization; the patient comes from the stream that was read when the request named it
            UUID patient = named.patientId() != null || access.subjectId() == null
                    ? named.patientId()
                    : known(access.subjectId().toString()).patientId();
            return new Subject(named.organizationId(), patient);
        }
        if (stream != null && "Patient".equals(stream.getType()) && named.patientId() == null) {
            named = new Subject(named.organizationId(), UUID.fromString(aggregateId));
        }
        Subject earlier = aggregateId == null ? Subject.NONE : known(aggregateId);
        UUID patient = named.patientId() != null ? named.patientId() : earlier.patientId();
        UUID organization = named.organizationId() != null ? named.organizationId() : earlier.organizationId();
        if (organization == null && patient != null) {
            organization = known(patient.toString()).organizationId();
        }
        if (aggregateId != null && (earlier.patientId() == null || earlier.organizationId() == null)) {
            remember(aggregateId, stream.getType(), organization, patient);
        }
        return new Subject(organization, patient);
    }

    private Subject known(String aggregateId) {
        return jdbc.query("SELECT organization_id, patient_id FROM audit_subject WHERE aggregate_id = ?",
                        rows -> rows.next()
                                ? new Subject(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class))
                                : Subject.NONE,
                        aggregateId);
    }

    private void remember(String aggregateId, String type, UUID organization, UUID patient) {
        if (organization == null && patient == null) {
            return;
        }
        if (exists("SELECT count(*) FROM audit_subject WHERE aggregate_id = ?", aggregateId)) {
            jdbc.update("UPDATE audit_subject SET organization_id = COALESCE(organization_id, ?),"
                    + " patient_id = COALESCE(patient_id, ?) WHERE aggregate_id = ?", organization, patient, aggregateId);
        } else {
            jdbc.update("INSERT INTO audit_subject (aggregate_id, aggregate_type, organization_id, patient_id)"
                    + " VALUES (?, ?, ?, ?)", aggregateId, type, organization, patient);
        }
    }

    private boolean exists(String sql, Object key) {
        Long count = jdbc.queryForObject(sql, Long.class, key);
        return count != null && count > 0;
    }

    private static UUID uuid(Object value) {
        try {
            return value == null ? null : UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The tables this projection alone writes, emptied by {@link #reset()}. */
    @Bean
    static ProjectionTables auditIndexTables() {
        return ProjectionTables.of(PROCESSING_GROUP, "audit_event", "audit_subject");
    }

    /** One sequence for the whole index: an event's attribution may depend on any earlier event of another stream. */
    @Bean
    static ConfigurerModule auditIndexSequencing() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(PROCESSING_GROUP, c -> new SequentialPolicy());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_event");
        jdbc.update("DELETE FROM audit_subject");
    }
}

package org.careledger.query.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.careledger.query.BatchWrites;
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

    private static final String INSERT_EVENT = "INSERT INTO audit_event (global_index, event_id, occurred_at,"
            + " organization_id, patient_id, aggregate_type, aggregate_id, sequence_number, event_type, actor_id,"
            + " actor_role, client_ip, correlation_id, causation_id)"
            // typed, so that an unknown value (null) has a type on PostgreSQL and H2 alike
            + " SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP WITH TIME ZONE),"
            + " CAST(? AS UUID), CAST(? AS UUID), CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), CAST(? AS BIGINT),"
            + " CAST(? AS VARCHAR(255)), CAST(? AS UUID), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(64)),"
            + " CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255))"
            + " WHERE NOT EXISTS (SELECT 1 FROM audit_event WHERE global_index = ?)"; // redelivered: indexed already
    private static final String UPDATE_SUBJECT = "UPDATE audit_subject SET organization_id = COALESCE(organization_id,"
            + " CAST(? AS UUID)), patient_id = COALESCE(patient_id, CAST(? AS UUID)) WHERE aggregate_id = ?";
    private static final String INSERT_SUBJECT = "INSERT INTO audit_subject (aggregate_id, aggregate_type,"
            + " organization_id, patient_id) SELECT CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), CAST(? AS UUID),"
            + " CAST(? AS UUID) WHERE NOT EXISTS (SELECT 1 FROM audit_subject WHERE aggregate_id = ?)";
    /** Streams whose organization and patient are both known, which no later event can change. */
    private static final int SETTLED_STREAMS_KEPT = 50_000;

    private final JdbcTemplate jdbc;
    private final BatchWrites<Batch> batches = new BatchWrites<>(AuditIndexProjection.class.getName(), Batch::new,
            this::write, this::settle);
    private final Map<String, Subject> settled = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Subject> eldest) {
                    return size() > SETTLED_STREAMS_KEPT;
                }
            });

    AuditIndexProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("no position for " + token));
        // an event published outside any aggregate (a record access) is stored under its own id, without a type
        var stream = event instanceof DomainEventMessage<?> domain && domain.getType() != null ? domain : null;
        String aggregateId = stream == null ? null : stream.getAggregateIdentifier();
        Map<String, Object> metadata = event.getMetaData();
        batches.collect(batch -> {
            Subject subject = subjectOf(batch, event.getPayload(), stream, aggregateId);
            batch.events.add(new Object[] {position, event.getIdentifier(),
                event.getTimestamp().atOffset(ZoneOffset.UTC), subject.organizationId(), subject.patientId(),
                stream == null ? null : stream.getType(), aggregateId,
                stream == null ? null : stream.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                uuid(metadata.get("actorId")), text(metadata.get("actorRole")), text(metadata.get("clientIp")),
                text(metadata.get("correlationId")), text(metadata.get("causationId")), position});
        });
    }

    private Subject subjectOf(Batch batch, Object payload, DomainEventMessage<?> stream, String aggregateId) {
        Subject named = Subject.namedIn(payload);
        if (payload instanceof PatientRecordAccessed access) {
            // the reader's organization; the patient comes from the stream that was read when the request named it
            UUID patient = named.patientId() != null || access.subjectId() == null
                    ? named.patientId()
                    : known(batch, access.subjectId().toString()).patientId();
            return new Subject(named.organizationId(), patient);
        }
        if (stream != null && "Patient".equals(stream.getType()) && named.patientId() == null) {
            named = new Subject(named.organizationId(), UUID.fromString(aggregateId));
        }
        Subject earlier = aggregateId == null ? Subject.NONE : known(batch, aggregateId);
        UUID patient = named.patientId() != null ? named.patientId() : earlier.patientId();
        UUID organization = named.organizationId() != null ? named.organizationId() : earlier.organizationId();
        if (organization == null && patient != null) {
            organization = known(batch, patient.toString()).organizationId();
        }
        if (aggregateId != null && (earlier.patientId() == null || earlier.organizationId() == null)) {
            batch.learn(aggregateId, stream.getType(), earlier, organization, patient);
        }
        return new Subject(organization, patient);
    }

    /** What is known of a stream: learned in this batch, settled earlier, or stored. */
    private Subject known(Batch batch, String aggregateId) {
        Subject pending = batch.subjects.get(aggregateId);
        if (pending != null) {
            return pending;
        }
        Subject subject = settled.get(aggregateId);
        if (subject == null) {
            subject = jdbc.query("SELECT organization_id, patient_id FROM audit_subject WHERE aggregate_id = ?",
                    rows -> rows.next()
                            ? new Subject(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class))
                            : Subject.NONE,
                    aggregateId);
        }
        batch.subjects.put(aggregateId, subject);
        return subject;
    }

    private void write(Batch batch) {
        if (!batch.learned.isEmpty()) {
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            batch.learned.forEach((aggregateId, type) -> {
                Subject subject = batch.subjects.get(aggregateId);
                updates.add(new Object[] {subject.organizationId(), subject.patientId(), aggregateId});
                inserts.add(new Object[] {aggregateId, type, subject.organizationId(), subject.patientId(),
                    aggregateId});
            });
            jdbc.batchUpdate(UPDATE_SUBJECT, updates);
            jdbc.batchUpdate(INSERT_SUBJECT, inserts);
        }
        jdbc.batchUpdate(INSERT_EVENT, batch.events);
    }

    private void settle(Batch batch) {
        batch.subjects.forEach((aggregateId, subject) -> {
            if (subject.organizationId() != null && subject.patientId() != null) {
                settled.put(aggregateId, subject);
            }
        });
    }

    /** The rows of one batch of events, and what the batch has learned of their streams. */
    private static final class Batch {
        final List<Object[]> events = new ArrayList<>();
        final Map<String, Subject> subjects = new HashMap<>();
        /** Streams whose subject this batch changed, with their aggregate type. */
        final Map<String, String> learned = new LinkedHashMap<>();

        void learn(String aggregateId, String type, Subject earlier, UUID organization, UUID patient) {
            if (organization == null && patient == null) {
                return;
            }
            // what is stored is only ever completed, never changed (the UPDATE keeps a value already there)
            Subject completed = new Subject(earlier.organizationId() != null ? earlier.organizationId() : organization,
                    earlier.patientId() != null ? earlier.patientId() : patient);
            if (!completed.equals(earlier)) {
                subjects.put(aggregateId, completed);
                learned.put(aggregateId, type);
            }
        }
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
        settled.clear();
        jdbc.update("DELETE FROM audit_event");
        jdbc.update("DELETE FROM audit_subject");
    }
}

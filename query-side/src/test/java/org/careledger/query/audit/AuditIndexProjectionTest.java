package org.careledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.audit.PatientRecordAccessed;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.query.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The audit index on PostgreSQL, fed as Axon's processors feed it: tracked messages with their global position. */
@SpringBootTest(classes = AuditIndexProjectionTest.Configuration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = TestDatabase.class)
class AuditIndexProjectionTest {
    private static final PatientId PATIENT = PatientId.of("a0d17e00-0000-4000-8000-000000000001");
    private static final OrganizationId ORGANIZATION = OrganizationId.of("a0d17e00-0000-4000-8000-0000000000f1");
    private static final UserId NURSE = UserId.of("a0d17e00-0000-4000-8000-0000000000a2");
    private static final AlertId ALERT = AlertId.of("a0d17e00-0000-4000-8000-0000000000b1");
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @SpringBootConfiguration
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class})
    @Import(AuditIndexProjection.class)
    static class Configuration {}

    @Autowired AuditIndexProjection projection;
    @Autowired JdbcTemplate jdbc;
    private AnnotationEventHandlerAdapter handlers;

    @BeforeEach
    void emptyIndex() {
        handlers = new AnnotationEventHandlerAdapter(projection);
        handlers.prepareReset();
    }

    @Test
    void anAlertsLaterEventsAreAttributedToItsPatientAndOrganization() throws Exception {
        deliver(1, "Patient", PATIENT.toString(), 0, registered(), Map.of());
        deliver(2, "Alert", ALERT.toString(), 0,
                new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.MANUAL, Severity.LOW, "pale", NURSE), Map.of());
        deliver(3, "Alert", ALERT.toString(), 1, new AlertAcknowledged(ALERT, NURSE),
                Map.of("actorId", NURSE.toString(), "actorRole", "NURSE", "clientIp", "10.0.0.7",
                        "correlationId", "c-1", "causationId", "k-1"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE global_index = 3");
        assertThat(row.get("patient_id")).isEqualTo(PATIENT.value());
        assertThat(row.get("organization_id")).isEqualTo(ORGANIZATION.value());
        assertThat(row.get("event_type")).isEqualTo("AlertAcknowledged");
        assertThat(row.get("aggregate_type")).isEqualTo("Alert");
        assertThat(row.get("sequence_number")).isEqualTo(1L);
        assertThat(row.get("actor_id")).isEqualTo(NURSE.value());
        assertThat(row.get("client_ip")).isEqualTo("10.0.0.7");
        assertThat(row.get("correlation_id")).isEqualTo("c-1");
        assertThat(row.get("causation_id")).isEqualTo("k-1");
    }

    @Test
    void aReadOfAnAlertIsAttributedToThePatientAndTheReadersOrganization() throws Exception {
        deliver(1, "Patient", PATIENT.toString(), 0, registered(), Map.of());
        deliver(2, "Alert", ALERT.toString(), 0,
                new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.MANUAL, Severity.LOW, "pale", NURSE), Map.of());
        var read = new PatientRecordAccessed(null, "Alert", ALERT.value(), "GET /api/v1/alerts/{alertId}", null,
                ORGANIZATION, NURSE, Role.NURSE, "handover", "10.0.0.7");
        handlers.handle(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(3),
                new GenericEventMessage<>(read, MetaData.with("actorId", NURSE.toString()))));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE global_index = 3");
        assertThat(row.get("patient_id")).isEqualTo(PATIENT.value());
        assertThat(row.get("organization_id")).isEqualTo(ORGANIZATION.value());
        assertThat(row.get("aggregate_id")).isNull();
        assertThat(row.get("event_type")).isEqualTo("PatientRecordAccessed");
    }

    @Test
    void aRedeliveredEventIsIndexedOnceAndAResetEmptiesTheIndex() throws Exception {
        deliver(1, "Patient", PATIENT.toString(), 0, registered(), Map.of());
        deliver(1, "Patient", PATIENT.toString(), 0, registered(), Map.of());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isEqualTo(1);
        handlers.prepareReset();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_subject", Long.class)).isZero();
    }

    @Test
    void aBatchIsWrittenAsItCommitsAndItsLaterEventsLearnFromItsEarlierOnes() {
        var batch = new BatchingUnitOfWork<>(List.of(
                tracked(1, "Patient", PATIENT.toString(), 0, registered(), Map.of()),
                tracked(2, "Alert", ALERT.toString(), 0, new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.MANUAL,
                        Severity.LOW, "pale", NURSE), Map.of()),
                tracked(3, "Alert", ALERT.toString(), 1, new AlertAcknowledged(ALERT, NURSE), Map.of())));
        List<Long> indexedBeforeCommit = new ArrayList<>();
        batch.onPrepareCommit(unitOfWork -> indexedBeforeCommit.add(count("audit_event")));

        var result = batch.executeWithResult(() -> handlers.handle(batch.getMessage()),
                RollbackConfigurationType.ANY_THROWABLE);

        assertThat(result.isExceptional()).isFalse();
        assertThat(indexedBeforeCommit).containsExactly(0L);
        assertThat(jdbc.queryForList("SELECT patient_id FROM audit_event ORDER BY global_index", UUID.class))
                .containsExactly(PATIENT.value(), PATIENT.value(), PATIENT.value());
        assertThat(jdbc.queryForList("SELECT organization_id FROM audit_event ORDER BY global_index", UUID.class))
                .containsExactly(ORGANIZATION.value(), ORGANIZATION.value(), ORGANIZATION.value());
        assertThat(count("audit_subject")).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsWritesNothingAndItsRetryIndexesEverything() {
        List<TrackedEventMessage<?>> events = List.of(
                tracked(1, "Patient", PATIENT.toString(), 0, registered(), Map.of()),
                tracked(2, "Alert", ALERT.toString(), 0, new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.MANUAL,
                        Severity.LOW, "pale", NURSE), Map.of()));
        var failing = new BatchingUnitOfWork<>(events);
        var failed = failing.executeWithResult(() -> {
            handlers.handle(failing.getMessage());
            if (failing.isLastMessage()) {
                throw new IllegalStateException("the database went away");
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);

        assertThat(failed.isExceptional()).isTrue();
        assertThat(count("audit_event")).isZero();
        assertThat(count("audit_subject")).isZero();

        var retry = new BatchingUnitOfWork<>(events);
        retry.executeWithResult(() -> handlers.handle(retry.getMessage()), RollbackConfigurationType.ANY_THROWABLE);
        assertThat(jdbc.queryForList("SELECT organization_id FROM audit_event ORDER BY global_index", UUID.class))
                .containsExactly(ORGANIZATION.value(), ORGANIZATION.value());
        assertThat(count("audit_subject")).isEqualTo(2);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static TrackedEventMessage<?> tracked(long position, String type, String aggregateId, long sequence,
            Object payload, Map<String, ?> metadata) {
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metadata,
                        UUID.randomUUID().toString(), T0.plusSeconds(position)));
    }

    private void deliver(long position, String type, String aggregateId, long sequence, Object payload,
            Map<String, ?> metadata) throws Exception {
        handlers.handle(tracked(position, type, aggregateId, sequence, payload, metadata));
    }

    private static PatientRegistered registered() {
        return new PatientRegistered(PATIENT, ORGANIZATION, new Mrn("AUDIT00001"),
                new Demographics(new PersonName("Ada", "Index"), java.time.LocalDate.of(1950, 1, 2), Sex.FEMALE),
                ContactDetails.none(), UserId.of(UUID.randomUUID().toString()));
    }
}

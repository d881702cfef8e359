package org.careledger.command.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.CancelAlert;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.RaisedAlert;
import org.careledger.api.alert.ResolveAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.ClinicalError;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.command.support.ClinicalErrorInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Raising alerts through the command bus, with the alert feature's real beans, Axon's JDBC event store and the
 * lookups on a fresh PostgreSQL database migrated by the real Flyway scripts. Patient events are published as the
 * Patient aggregate would publish them; the lookups follow them in the publishing transaction.
 */
@SpringBootTest(classes = AlertRaisingTest.Application.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "axon.axonserver.enabled=false",
            "axon.serializer.general=jackson",
            "axon.serializer.events=jackson",
            "axon.serializer.messages=jackson",
            "spring.datasource.hikari.maximum-pool-size=20",
            "spring.autoconfigure.exclude=org.axonframework.springboot.autoconfig.JpaAutoConfiguration,"
                    + "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration"
        })
@ContextConfiguration(initializers = TestDatabase.class)
class AlertRaisingTest {
    private static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());
    private static final OrganizationId OTHER_ORG = new OrganizationId(UUID.randomUUID());
    private static final Actor NURSE = Actor.staff(new UserId(UUID.randomUUID()), Role.NURSE, ORG);
    private static final Actor CLINICIAN = Actor.staff(new UserId(UUID.randomUUID()), Role.CLINICIAN, ORG);
    private static final Actor ADMIN = Actor.staff(new UserId(UUID.randomUUID()), Role.ADMIN, ORG);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = {Alert.class, ClinicalErrorInterceptor.class})
    static class Application {}

    @Autowired
    CommandGateway commands;

    @Autowired
    EventGateway events;

    @Autowired
    AlertLookups lookups;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFirstRaiseOpensANewAlert() {
        PatientId patient = patientCaredForBy(NURSE);
        RaiseAlert raise = raise(patient, AlertType.MANUAL, Severity.HIGH, NURSE);

        RaisedAlert raised = commands.sendAndWait(raise);

        assertThat(raised).isEqualTo(new RaisedAlert(raise.alertId(), false, 0));
        assertThat(lookups.openAlert(patient, AlertType.MANUAL)).contains(raise.alertId());
        assertThat(eventsOf(raise.alertId())).containsExactly("AlertRaised");
    }

    @Test
    void aRepeatOfTheSameTypeRecursOnTheOpenAlertKeepingTheWorstSeverity() {
        PatientId patient = patientCaredForBy(NURSE);
        RaisedAlert first = commands.sendAndWait(raise(patient, AlertType.NEWS2, Severity.CRITICAL, null));

        RaisedAlert repeat = commands.sendAndWait(raise(patient, AlertType.NEWS2, Severity.MEDIUM, NURSE));

        assertThat(repeat).isEqualTo(new RaisedAlert(first.alertId(), true, 1));
        assertThat(eventsOf(first.alertId())).containsExactly("AlertRaised", "AlertRecurred");
        assertThat(payloadOf(first.alertId(), 1)).contains("\"severity\":\"CRITICAL\"");
    }

    @Test
    void anotherTypeOpensASecondAlert() {
        PatientId patient = patientCaredForBy(NURSE);
        RaisedAlert news2 = commands.sendAndWait(raise(patient, AlertType.NEWS2, Severity.HIGH, null));

        RaisedAlert checkIn = commands.sendAndWait(raise(patient, AlertType.RED_FLAG_CHECK_IN, Severity.HIGH, null));

        assertThat(checkIn.recurrence()).isFalse();
        assertThat(checkIn.alertId()).isNotEqualTo(news2.alertId());
    }

    @Test
    void afterResolutionTheNextRaiseOpensANewAlert() {
        PatientId patient = patientCaredForBy(NURSE);
        RaisedAlert first = commands.sendAndWait(raise(patient, AlertType.NEWS2, Severity.HIGH, null));
        commands.sendAndWait(new ResolveAlert(first.alertId(), "reviewed, no deterioration", CLINICIAN));

        RaisedAlert next = commands.sendAndWait(raise(patient, AlertType.NEWS2, Severity.HIGH, null));

        assertThat(next.recurrence()).isFalse();
        assertThat(next.alertId()).isNotEqualTo(first.alertId());
        assertThat(lookups.openAlert(patient, AlertType.NEWS2)).contains(next.alertId());
    }

    @Test
    void afterCancellationTheNextRaiseOpensANewAlert() {
        PatientId patient = patientCaredForBy(NURSE);
        RaisedAlert first = commands.sendAndWait(raise(patient, AlertType.MANUAL, Severity.LOW, NURSE));
        commands.sendAndWait(new CancelAlert(first.alertId(), "raised in error", ADMIN));

        RaisedAlert next = commands.sendAndWait(raise(patient, AlertType.MANUAL, Severity.LOW, NURSE));

        assertThat(next.recurrence()).isFalse();
        assertThat(next.alertId()).isNotEqualTo(first.alertId());
    }

    @Test
    void anUnknownPatientGetsNoAlert() {
        assertThat(refusal(raise(PatientId.newId(), AlertType.NEWS2, Severity.HIGH, null)))
                .isEqualTo(ClinicalErrorCode.PATIENT_NOT_FOUND);
    }

    @Test
    void aRuleOfAnotherOrganizationDoesNotFindThePatient() {
        PatientId patient = patientCaredForBy(NURSE);
        var foreign = new RaiseAlert(AlertId.newId(), patient, OTHER_ORG, AlertType.NEWS2, Severity.HIGH, "NEWS2 7", null);

        assertThat(refusal(foreign)).isEqualTo(ClinicalErrorCode.PATIENT_NOT_FOUND);
    }

    @Test
    void aNurseOffTheCareTeamDoesNotFindThePatient() {
        PatientId patient = patientCaredForBy(CLINICIAN);

        assertThat(refusal(raise(patient, AlertType.MANUAL, Severity.HIGH, NURSE)))
                .isEqualTo(ClinicalErrorCode.PATIENT_NOT_FOUND);
    }

    @Test
    void aNurseRemovedFromTheCareTeamNoLongerRaisesAlerts() {
        PatientId patient = patientCaredForBy(NURSE);
        events.publish(new CareTeamMemberRemoved(patient, NURSE.userId(), ADMIN.userId()));

        assertThat(refusal(raise(patient, AlertType.MANUAL, Severity.HIGH, NURSE)))
                .isEqualTo(ClinicalErrorCode.PATIENT_NOT_FOUND);
    }

    @Test
    void aDischargedPatientGetsNoAlert() {
        PatientId patient = patientCaredForBy(NURSE);
        events.publish(new PatientDischarged(patient, CLINICIAN.userId()));

        assertThat(refusal(raise(patient, AlertType.NEWS2, Severity.CRITICAL, null)))
                .isEqualTo(ClinicalErrorCode.PATIENT_DISCHARGED);
    }

    @Test
    void theCareTeamOfAnAlertIsKnownAlsoAfterItCloses() {
        PatientId patient = patientCaredForBy(NURSE);
        RaisedAlert raised = commands.sendAndWait(raise(patient, AlertType.NEWS2, Severity.HIGH, null));
        assertThat(lookups.onCareTeamOf(raised.alertId(), NURSE.userId())).isTrue();
        assertThat(lookups.onCareTeamOf(raised.alertId(), CLINICIAN.userId())).isFalse();

        commands.sendAndWait(new CancelAlert(raised.alertId(), "raised in error", NURSE));

        // A closed alert still belongs to her patient: she may add late notes to it.
        assertThat(lookups.onCareTeamOf(raised.alertId(), NURSE.userId())).isTrue();
        assertThat(lookups.onCareTeamOf(raised.alertId(), CLINICIAN.userId())).isFalse();
    }

    @Test
    void concurrentRaisesOfOneFindingMakeOneAlert() throws Exception {
        PatientId patient = patientCaredForBy(NURSE);
        int raisers = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(raisers);
        List<Future<RaisedAlert>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < raisers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return commands.<RaisedAlert>sendAndWait(raise(patient, AlertType.NEWS2, Severity.HIGH, null));
                }));
            }
            start.countDown();
            List<RaisedAlert> raised = new ArrayList<>();
            for (Future<RaisedAlert> answer : answers) {
                raised.add(answer.get());
            }
            AlertId alert = raised.get(0).alertId();
            assertThat(raised).extracting(RaisedAlert::alertId).containsOnly(alert);
            assertThat(raised).filteredOn(RaisedAlert::recurrence).hasSize(raisers - 1);
            assertThat(eventsOf(alert)).containsExactly("AlertRaised", "AlertRecurred", "AlertRecurred", "AlertRecurred",
                    "AlertRecurred", "AlertRecurred", "AlertRecurred", "AlertRecurred", "AlertRecurred", "AlertRecurred");
        } finally {
            pool.shutdownNow();
        }
    }

    private PatientId patientCaredForBy(Actor member) {
        PatientId patient = PatientId.newId();
        String mrn = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        events.publish(new PatientRegistered(patient, ORG, new Mrn(mrn),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                ContactDetails.none(), ADMIN.userId()));
        events.publish(new CareTeamMemberAssigned(patient, member.userId(), member.role(), CareTeamRole.MEMBER,
                ADMIN.userId()));
        return patient;
    }

    private static RaiseAlert raise(PatientId patient, AlertType type, Severity severity, Actor by) {
        return new RaiseAlert(AlertId.newId(), patient, ORG, type, severity, "finding " + type, by);
    }

    private ClinicalErrorCode refusal(Object command) {
        var failure = catchThrowableOfType(CommandExecutionException.class, () -> commands.sendAndWait(command));
        assertThat(failure).as("the command was refused").isNotNull();
        return failure.<ClinicalError>getDetails().map(ClinicalError::code).orElseThrow();
    }

    private List<String> eventsOf(AlertId alert) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(alert.toString()).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String payloadOf(AlertId alert, long sequence) {
        byte[] payload = jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(alert.toString(), sequence).query(byte[].class).single();
        return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
    }
}

package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.Severity;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.saga.notification.DeliveryClaims.Status;
import org.careledger.saga.notification.Notification.DeliveryKey;
import org.careledger.saga.notification.ReminderMessage.ReminderKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification tables behave the same on both databases: idempotent directory, one claim per notification. */
class NotificationStoreTest {
    private static final OrganizationId ORGANIZATION = new OrganizationId(UUID.randomUUID());
    private static final PatientId PATIENT = PatientId.newId();
    private static final UserId NURSE = new UserId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final UserId CLINICIAN = new UserId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    private static final UserId ADMIN = new UserId(UUID.fromString("00000000-0000-4000-8000-000000000003"));
    private static final AlertId ALERT = AlertId.newId();
    private static final Instant NOW = Instant.parse("2026-01-31T08:15:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aNotificationIsClaimedOnceAndOnlyOnce(TestDatabases database) {
        var claims = new DeliveryClaims(new JdbcTemplate(database.create()));
        var key = new DeliveryKey(ALERT, 1, NURSE, NotificationChannel.SMS);

        assertThat(claims.claim(key, NOW)).isTrue();
        assertThat(claims.claim(key, NOW.plusSeconds(1))).isFalse();
        assertThat(claims.claim(new DeliveryKey(ALERT, 2, NURSE, NotificationChannel.SMS), NOW)).isTrue();
        assertThat(claims.claim(new DeliveryKey(ALERT, 1, NURSE, NotificationChannel.EMAIL), NOW)).isTrue();
        assertThat(claims.status(key)).contains(Status.PENDING);

        claims.attempted(key, 2, Status.SENT, NOW.plusSeconds(5));
        assertThat(claims.status(key)).contains(Status.SENT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aReminderMessageIsClaimedOnceForEachStartLeadTimeRecipientAndChannel(TestDatabases database) {
        var claims = new ReminderClaims(new JdbcTemplate(database.create()));
        var appointment = AppointmentId.newId();
        var start = Instant.parse("2026-05-04T10:00:00.123456Z");
        var key = new ReminderKey(appointment, start, 60, NURSE.value(), NotificationChannel.EMAIL);

        assertThat(claims.claim(key, NOW)).isTrue();
        assertThat(claims.claim(key, NOW.plusSeconds(1))).isFalse();
        assertThat(claims.claim(new ReminderKey(appointment, start, 1440, NURSE.value(), NotificationChannel.EMAIL),
                NOW)).isTrue();
        assertThat(claims.claim(new ReminderKey(appointment, start.plusSeconds(3600), 60, NURSE.value(),
                NotificationChannel.EMAIL), NOW)).as("rescheduled: a new start").isTrue();
        assertThat(claims.status(key)).contains(Status.PENDING);

        claims.attempted(key, 1, Status.SENT, NOW.plusSeconds(5));
        assertThat(claims.status(key)).contains(Status.SENT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void thePatientsRecordContactDetailsFollowTheLatestUpdate(TestDatabases database) {
        var directory = new NotificationDirectory(new JdbcTemplate(database.create()));
        var registered = new PatientRegistered(PATIENT, ORGANIZATION, new Mrn("MRN0000077"),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                new ContactDetails("ada@example.org", "+447700900321", "1 High Street"), ADMIN);

        directory.on(registered);
        directory.on(registered);
        assertThat(directory.patientContact(PATIENT)).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isEqualTo("ada@example.org");
            assertThat(contact.phone()).isEqualTo("+447700900321");
            assertThat(contact.address()).as("the postal address is not kept").isNull();
        });

        directory.on(new ContactDetailsUpdated(PATIENT, new ContactDetails(null, "+447700900654", null), ADMIN));
        assertThat(directory.patientContact(PATIENT)).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isNull();
            assertThat(contact.phone()).isEqualTo("+447700900654");
        });
        assertThat(directory.patientContact(PatientId.newId())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theCareTeamHoldsCurrentCareGiversOnlyAndSurvivesRedelivery(TestDatabases database) {
        var directory = new NotificationDirectory(new JdbcTemplate(database.create()));
        var assignNurse = new CareTeamMemberAssigned(PATIENT, NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN);
        var assignClinician = new CareTeamMemberAssigned(PATIENT, CLINICIAN, Role.CLINICIAN, CareTeamRole.PRIMARY, ADMIN);

        directory.on(assignNurse);
        directory.on(assignClinician);
        directory.on(assignNurse);
        assertThat(directory.currentCareGivers(PATIENT)).containsExactly(NURSE, CLINICIAN);

        var removeNurse = new CareTeamMemberRemoved(PATIENT, NURSE, ADMIN);
        directory.on(removeNurse);
        directory.on(removeNurse);
        assertThat(directory.currentCareGivers(PATIENT)).containsExactly(CLINICIAN);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anAlertIsRememberedForItsEscalationsWithItsLatestSeverity(TestDatabases database) {
        var directory = new NotificationDirectory(new JdbcTemplate(database.create()));
        var raised = new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.NEWS2, Severity.MEDIUM, "NEWS2 5", null);

        directory.on(raised);
        directory.on(raised);
        directory.on(new AlertRecurred(ALERT, Severity.CRITICAL, "NEWS2 8: emergency response", null));

        var alert = directory.alert(ALERT).orElseThrow();
        assertThat(alert.patientId()).isEqualTo(PATIENT);
        assertThat(alert.organizationId()).isEqualTo(ORGANIZATION);
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.summary()).isEqualTo("NEWS2 8: emergency response");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aResetEmptiesTheDirectoryButNotTheClaims(TestDatabases database) {
        var jdbc = new JdbcTemplate(database.create());
        var directory = new NotificationDirectory(jdbc);
        var claims = new DeliveryClaims(jdbc);
        directory.on(new CareTeamMemberAssigned(PATIENT, NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN));
        directory.on(new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.MANUAL, Severity.LOW, "manual", ADMIN));
        claims.claim(new DeliveryKey(ALERT, 1, NURSE, NotificationChannel.IN_APP), NOW);

        directory.reset();

        assertThat(directory.currentCareGivers(PATIENT)).isEmpty();
        assertThat(directory.alert(ALERT)).isEmpty();
        assertThat(claims.claim(new DeliveryKey(ALERT, 1, NURSE, NotificationChannel.IN_APP), NOW)).isFalse();
    }
}

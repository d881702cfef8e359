package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** Who is told at which level, on which channels, at which address. */
class RecipientsTest {
    private static final OrganizationId ORGANIZATION = new OrganizationId(UUID.randomUUID());
    private static final PatientId PATIENT = PatientId.newId();
    private static final AlertId ALERT = AlertId.of("5b1e9a40-0000-4000-8000-00000000a1e7");
    private static final AlertContext ALERT_CONTEXT =
            new AlertContext(ALERT, PATIENT, ORGANIZATION, Severity.HIGH, "Heart rate 135");
    private static final UserId NURSE = user(1);
    private static final UserId CLINICIAN = user(2);
    private static final UserId ON_CALL = user(3);
    private static final UserId ESCALATION = user(4);
    private static final URI BASE = URI.create("https://careledger.example/");

    private final People people = new People()
            .with(new Contact(NURSE, "nurse@example.org", "+447700900001",
                    Set.of(NotificationChannel.EMAIL, NotificationChannel.SMS)))
            .with(new Contact(CLINICIAN, null, "+447700900002", Set.of(NotificationChannel.WHATSAPP)))
            .with(new Contact(ON_CALL, "oncall@example.org", null, Set.of(NotificationChannel.EMAIL)))
            .with(new Contact(ESCALATION, null, null, Set.of()))
            .onCall(ORGANIZATION, ON_CALL)
            .escalation(ORGANIZATION, ESCALATION);
    private final Recipients recipients = new Recipients(patient -> List.of(NURSE, CLINICIAN), people, BASE);

    @Test
    void levelOneTellsThePatientsCareTeam() {
        assertThat(recipients.forLevel(ALERT_CONTEXT, 1)).containsExactly(NURSE, CLINICIAN);
    }

    @Test
    void levelTwoTellsTheOnCallClinician() {
        assertThat(recipients.forLevel(ALERT_CONTEXT, 2)).containsExactly(ON_CALL);
    }

    @Test
    void levelThreeAndAboveTellTheEscalationContact() {
        assertThat(recipients.forLevel(ALERT_CONTEXT, 3)).containsExactly(ESCALATION);
        assertThat(recipients.forLevel(ALERT_CONTEXT, 4)).containsExactly(ESCALATION);
    }

    @Test
    void anOrganizationWithoutOnCallClinicianHasNobodyAtLevelTwo() {
        var noRoles = new Recipients(patient -> List.of(NURSE), new People().with(new Contact(NURSE, null, null, null)),
                BASE);

        assertThat(noRoles.forLevel(ALERT_CONTEXT, 2)).isEmpty();
        assertThat(noRoles.notifications(ALERT_CONTEXT, 3)).isEmpty();
    }

    @Test
    void everyChosenChannelGetsItsOwnNotificationWithTheMatchingAddress() {
        var notifications = recipients.notifications(ALERT_CONTEXT, 1);

        assertThat(notifications).extracting(Notification::recipient, Notification::channel, Notification::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NURSE, NotificationChannel.EMAIL, "nurse@example.org"),
                        org.assertj.core.groups.Tuple.tuple(NURSE, NotificationChannel.SMS, "+447700900001"),
                        org.assertj.core.groups.Tuple.tuple(CLINICIAN, NotificationChannel.WHATSAPP, "+447700900002"));
        assertThat(notifications).allSatisfy(notification -> {
            assertThat(notification.level()).isEqualTo(1);
            assertThat(notification.severity()).isEqualTo(Severity.HIGH);
            assertThat(notification.link()).hasToString("https://careledger.example/api/v1/alerts/" + ALERT);
        });
    }

    @Test
    void someoneWhoChoseNoChannelIsToldInTheApp() {
        assertThat(recipients.notifications(ALERT_CONTEXT, 3)).extracting(Notification::channel)
                .containsExactly(NotificationChannel.IN_APP);
    }

    @Test
    void anUnknownOrDisabledUserIsSkipped() {
        var ghost = user(9);
        var withGhost = new Recipients(patient -> List.of(ghost, NURSE), people, BASE);

        assertThat(withGhost.notifications(ALERT_CONTEXT, 1)).extracting(Notification::recipient).containsOnly(NURSE);
    }

    @Test
    void addressesStayOutOfLogs() {
        var notification = recipients.notifications(ALERT_CONTEXT, 1).get(0);

        assertThat(notification.toString()).doesNotContain("nurse@example.org");
        assertThat(people.contact(NURSE).orElseThrow().toString()).doesNotContain("nurse@example.org", "+447700900001");
    }

    private static UserId user(int n) {
        return new UserId(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n)));
    }
}

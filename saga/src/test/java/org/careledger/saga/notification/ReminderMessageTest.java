package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.appointment.AppointmentReminder;
import org.junit.jupiter.api.Test;

class ReminderMessageTest {
    private static final AppointmentId APPOINTMENT = AppointmentId.of("6f2b8d14-0c3e-4a5f-9b71-8e4d2a1c3b01");
    private static final PatientId PATIENT = PatientId.of("6f2b8d14-0c3e-4a5f-9b71-8e4d2a1c3b02");
    private static final UserId ACCOUNT = UserId.of("6f2b8d14-0c3e-4a5f-9b71-8e4d2a1c3b03");
    private static final Instant START = Instant.parse("2026-07-14T13:30:00Z");

    @Test
    void theTextStatesKindDateTimeDurationAndClinicianInTheConfiguredZone() {
        var message = message(reminder(AppointmentType.FOLLOW_UP, null), "Dr Amara Okafor", ZoneId.of("Europe/London"));

        assertThat(message.text()).isEqualTo("CareLedger reminder: your follow-up appointment with Dr Amara Okafor is "
                + "on Tuesday 14 July 2026 at 14:30 (Europe/London), for 30 minutes.\n"
                + "If you cannot come, please let us know.");
        assertThat(message.subject()).isEqualTo("[CareLedger] Appointment reminder: 14 Jul 2026, 14:30");
    }

    @Test
    void anUnknownClinicianIsYourClinician() {
        var message = message(reminder(AppointmentType.CONSULTATION, null), null, ZoneId.of("UTC"));

        assertThat(message.text()).startsWith("CareLedger reminder: your consultation with your clinician is on "
                + "Tuesday 14 July 2026 at 13:30 (UTC), for 30 minutes.");
    }

    @Test
    void aVideoAppointmentCarriesItsJoinLink() {
        var message = message(reminder(AppointmentType.VIDEO, "https://video.example.org/r/4821"), "Dr Okafor",
                ZoneId.of("UTC"));

        assertThat(message.text()).contains("your video consultation with Dr Okafor")
                .contains("\nJoin: https://video.example.org/r/4821\n");
    }

    @Test
    void theReasonForTheAppointmentIsNeverInTheReminder() {
        // the reminder the saga hands over has no reason to carry: the message cannot leak it
        assertThat(AppointmentReminder.class.getRecordComponents())
                .extracting(component -> component.getName()).doesNotContain("reason");
    }

    @Test
    void theAddressStaysOutOfTheLogs() {
        var message = new ReminderMessage(reminder(AppointmentType.FOLLOW_UP, null), ACCOUNT, NotificationChannel.SMS,
                "+447700900777", "Dr Okafor", ZoneId.of("UTC"));

        assertThat(message.toString()).doesNotContain("+447700900777").contains(APPOINTMENT.toString())
                .contains("SMS");
    }

    @Test
    void theRecipientIsTheAccountOrElseThePatient() {
        var toAccount = new ReminderMessage(reminder(AppointmentType.FOLLOW_UP, null), ACCOUNT,
                NotificationChannel.EMAIL, "a@example.org", null, ZoneId.of("UTC"));
        var toRecord = new ReminderMessage(reminder(AppointmentType.FOLLOW_UP, null),
                ReminderMessage.patientRecord(reminder(AppointmentType.FOLLOW_UP, null)), NotificationChannel.EMAIL,
                "a@example.org", null, ZoneId.of("UTC"));

        assertThat(toAccount.key().recipient()).isEqualTo(ACCOUNT.value());
        assertThat(toRecord.key().recipient()).isEqualTo(PATIENT.value());
        assertThat(toAccount.key().start()).isEqualTo(START);
        assertThat(toAccount.key().minutesBefore()).isEqualTo(60);
    }

    private static ReminderMessage message(AppointmentReminder reminder, String clinician, ZoneId zone) {
        return new ReminderMessage(reminder, ACCOUNT, NotificationChannel.EMAIL, "patient@example.org", clinician, zone);
    }

    private static AppointmentReminder reminder(AppointmentType type, String joinLink) {
        return new AppointmentReminder(APPOINTMENT, PATIENT, OrganizationId.of("6f2b8d14-0c3e-4a5f-9b71-8e4d2a1c3b04"),
                UserId.of("6f2b8d14-0c3e-4a5f-9b71-8e4d2a1c3b05"), type, START, 30, joinLink, 60);
    }
}

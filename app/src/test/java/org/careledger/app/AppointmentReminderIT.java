package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentReminderSent;
import org.careledger.api.shared.Role;
import org.careledger.app.NotificationTestServers.ProviderRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appointment process end to end over REST on PostgreSQL, with the lead times and the grace period that
 * {@link IntegrationTest} shortens for it (reminders 24 h and 1 min before, grace 2 s) and db-scheduler polling every
 * 500 ms: a reminder reaches the patient by e-mail (GreenMail) and SMS (the local provider) and is recorded on the
 * appointment; an appointment nobody checks in to becomes a no-show, marked by the process; a checked-in one does not.
 */
class AppointmentReminderIT extends IntegrationTest {
    private static final String APPOINTMENTS = "/api/v1/appointments";
    private static final String REASON = "chest pain on exertion";

    @Autowired EventStore events;

    @Test
    void theReminderBeforeTheStartReachesThePatientAndIsRecordedOnTheAppointment() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        String email = "patient-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String phone = NotificationTestServers.uniquePhone();
        String patient = registerPatientReachableAt(email, phone);
        // The 1-minute reminder falls due 5 s from now; the 24-hour one has passed already and is skipped.
        Instant start = Instant.now().plus(Duration.ofSeconds(65)).truncatedTo(ChronoUnit.SECONDS);

        String appointment = book(patient, clinician, start);

        MimeMessage mail = NotificationTestServers.awaitValue(() -> Arrays.stream(
                        NotificationTestServers.smtp().getReceivedMessages())
                .filter(message -> NotificationTestServers.recipients(message).contains(email)).findFirst().orElse(null));
        assertThat(mail.getSubject()).startsWith("[CareLedger] Appointment reminder: ");
        assertThat(GreenMailUtil.getBody(mail)).contains("consultation with Test clinician", "for 30 minutes")
                .doesNotContain("chest pain", "Grace", "Testpatient");
        ProviderRequest sms = NotificationTestServers.awaitValue(() -> NotificationTestServers.smsTo(phone));
        assertThat(sms.form().get("Body")).startsWith("CareLedger reminder: your consultation").doesNotContain("chest pain");

        List<AppointmentReminderSent> sent = NotificationTestServers.awaitValue(() -> {
            List<AppointmentReminderSent> recorded = payloads(appointment, AppointmentReminderSent.class);
            return recorded.size() == 2 ? recorded : null;
        });
        assertThat(sent).extracting(AppointmentReminderSent::channel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.SMS);
        assertThat(sent).allSatisfy(reminder -> {
            assertThat(reminder.minutesBefore()).isEqualTo(1);
            // no user account: the reminder went to the record's contact details, and names the patient
            assertThat(reminder.recipient().value().toString()).isEqualTo(patient);
            assertThat(reminder.attempt()).isEqualTo(1);
            assertThat(reminder.state()).isEqualTo(DeliveryState.DISPATCHED);
        });
        assertThat(Arrays.stream(NotificationTestServers.smtp().getReceivedMessages())
                .filter(message -> NotificationTestServers.recipients(message).contains(email))).hasSize(1);
    }

    @Test
    void aPatientWhoDoesNotComeIsMarkedAsANoShowByTheProcessAndACheckedInOneIsNot() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        Api otherClinician = newUser(Role.CLINICIAN, null);
        String absentPatient = registerPatient();
        String presentPatient = registerPatient();
        // Both too close for any reminder; the no-show checks fall due at start + 2 s.
        Instant start = Instant.now().plus(Duration.ofSeconds(5)).truncatedTo(ChronoUnit.SECONDS);
        ZoneId london = ZoneId.of("Europe/London");
        boolean sameDay = LocalDate.ofInstant(Instant.now(), london).equals(LocalDate.ofInstant(start, london));

        String absent = book(absentPatient, clinician, start);
        String present = book(presentPatient, otherClinician, start);
        var checkedIn = as("demo-nurse").post(APPOINTMENTS + "/" + present + "/check-in", null);

        AppointmentNoShow noShow = NotificationTestServers.awaitValue(() ->
                payloads(absent, AppointmentNoShow.class).stream().findFirst().orElse(null));
        assertThat(noShow.markedBy()).as("marked by the process, not a person").isNull();
        assertThat(Instant.now()).isAfterOrEqualTo(start.plusSeconds(2));
        if (!sameDay) { // within seconds of midnight in London, check-in is refused: nothing more to see
            return;
        }
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(204);
        // the checked-in appointment's no-show check was due at the same time; give the scheduler two more polls
        Thread.sleep(1500);
        assertThat(payloads(present, AppointmentNoShow.class)).isEmpty();
        assertThat(payloads(absent, AppointmentNoShow.class)).hasSize(1);
    }

    private String registerPatientReachableAt(String email, String phone) {
        Map<String, Object> body = registration(uniqueMrn());
        body.put("email", email);
        body.put("phone", phone);
        var created = admin().post("/api/v1/patients", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("patientId").asText();
    }

    private String book(String patient, Api clinician, Instant start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patient);
        body.put("clinicianId", clinician.userId());
        body.put("type", "CONSULTATION");
        body.put("start", start.toString());
        body.put("durationMinutes", 30);
        body.put("reason", REASON);
        var booked = admin().post(APPOINTMENTS, body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("appointmentId").asText();
    }

    private <T> List<T> payloads(String appointment, Class<T> type) {
        return events.readEvents(appointment).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}

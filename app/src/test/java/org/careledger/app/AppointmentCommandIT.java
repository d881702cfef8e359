package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Booking and working appointments through the REST API, as reception, nurses, clinicians and patients would. */
class AppointmentCommandIT extends IntegrationTest {
    private static final String APPOINTMENTS = "/api/v1/appointments";
    // Far enough ahead to be in the future whenever the test runs, whole hours so that slots are easy to read.
    private static final Instant TEN = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);

    @Autowired
    EventProcessingConfiguration processing;

    // Tracking or pooled, the lookups would lag their events and two bookings could both find the slot free.
    @Test
    void theAppointmentLookupsAreWrittenInTheTransactionOfTheCommand() {
        assertThat(processing.eventProcessor("appointment-lookups", SubscribingEventProcessor.class)).isPresent();
    }

    @Test
    void receptionBooksAnAppointment() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();

        var booked = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.json().get("appointmentId").asText();
        assertThat(booked.header("Location")).endsWith(APPOINTMENTS + "/" + id);
        assertThat(booked.header("ETag")).isEqualTo("\"0\"");
        assertThat(eventTypesOf(id)).containsExactly("AppointmentBooked");
    }

    @Test
    void twentySimultaneousBookingsOfOneClinicianSlotBookOnce() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            patients.add(registerPatient());
        }
        Api nurse = as("demo-nurse");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (String patient : patients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return nurse.post(APPOINTMENTS, booking(patient, clinician, TEN.plus(Duration.ofMinutes(15)), 30));
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get());
            }
            assertThat(responses).filteredOn(r -> r.status() == 201).as(responses.toString()).hasSize(1);
            assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(19)
                    .allSatisfy(r -> assertThat(r.json().get("code").asText()).isEqualTo("CLINICIAN_DOUBLE_BOOKED"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(bookedEventsNaming(clinician.userId())).isEqualTo(1);
    }

    @Test
    void aPatientIsNotBookedTwiceAtOnceButBackToBackIsFine() {
        Api first = newUser(Role.CLINICIAN, null);
        Api second = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        assertThat(admin().post(APPOINTMENTS, booking(patient, first, TEN, 60)).status()).isEqualTo(201);

        var overlapping = admin().post(APPOINTMENTS, booking(patient, second, TEN.plus(Duration.ofMinutes(45)), 30));
        var backToBack = admin().post(APPOINTMENTS, booking(patient, second, TEN.plus(Duration.ofMinutes(60)), 30));

        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);
        assertThat(overlapping.json().get("code").asText()).isEqualTo("PATIENT_DOUBLE_BOOKED");
        assertThat(backToBack.status()).as(backToBack.toString()).isEqualTo(201);
    }

    @Test
    void cancellingFreesTheSlot() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String other = registerPatient();
        String id = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).json().get("appointmentId").asText();
        assertThat(admin().post(APPOINTMENTS, booking(other, clinician, TEN, 30)).status()).isEqualTo(409);

        var cancelled = admin().post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "patient unwell"));
        var rebooked = admin().post(APPOINTMENTS, booking(other, clinician, TEN, 30));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        assertThat(cancelled.header("ETag")).isEqualTo("\"1\"");
        assertThat(rebooked.status()).as(rebooked.toString()).isEqualTo(201);
    }

    @Test
    void reschedulingFollowsTheSameDoubleBookingRule() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String first = registerPatient();
        String second = registerPatient();
        assertThat(admin().post(APPOINTMENTS, booking(first, clinician, TEN, 30)).status()).isEqualTo(201);
        String later = admin().post(APPOINTMENTS, booking(second, clinician, TEN.plus(Duration.ofHours(2)), 30))
                .json().get("appointmentId").asText();

        var onTop = admin().post(APPOINTMENTS + "/" + later + "/reschedule", move(TEN.plus(Duration.ofMinutes(15)), 30));
        var longerInPlace = admin().post(APPOINTMENTS + "/" + later + "/reschedule", move(TEN.plus(Duration.ofHours(2)), 60));
        var freeTime = admin().post(APPOINTMENTS + "/" + later + "/reschedule", move(TEN.plus(Duration.ofMinutes(30)), 30));

        assertThat(onTop.status()).as(onTop.toString()).isEqualTo(409);
        assertThat(onTop.json().get("code").asText()).isEqualTo("CLINICIAN_DOUBLE_BOOKED");
        assertThat(longerInPlace.status()).as("its own old time does not count against it: " + longerInPlace).isEqualTo(204);
        assertThat(freeTime.status()).as(freeTime.toString()).isEqualTo(204);
        assertThat(versionOf(freeTime)).isEqualTo(2L);
        String third = registerPatient();
        assertThat(admin().post(APPOINTMENTS, booking(third, clinician, TEN.plus(Duration.ofHours(2)), 30)).status())
                .as("the old time is free again").isEqualTo(201);
    }

    @Test
    void aPatientRequestsStaffConfirmAndThePatientCancels() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        Api patientUser = newUser(Role.PATIENT, patient);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("clinicianId", clinician.userId());
        request.put("type", "follow-up");
        request.put("start", TEN.toString());
        request.put("durationMinutes", 20);
        request.put("reason", "palpitations again");

        var requested = patientUser.post("/api/v1/appointment-requests", request);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().get("appointmentId").asText();
        assertThat(requested.header("Location")).endsWith(APPOINTMENTS + "/" + id);

        var confirmed = as("demo-nurse").with("If-Match", "\"0\"").post(APPOINTMENTS + "/" + id + "/confirmation", null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        assertThat(confirmed.header("ETag")).isEqualTo("\"1\"");

        Api otherPatient = newUser(Role.PATIENT, registerPatient());
        var byStranger = otherPatient.post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "x"));
        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(byStranger.json().get("code").asText()).isEqualTo("APPOINTMENT_NOT_FOUND");

        var cancelled = patientUser.post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "feeling better"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        assertThat(eventTypesOf(id)).containsExactly("AppointmentRequested", "AppointmentBooked", "AppointmentCancelled");
    }

    @Test
    void aBookingWithEveryFieldWrongListsEveryField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", "not-a-uuid");
        body.put("type", "HOUSE_CALL");
        body.put("start", "tomorrow at ten");
        body.put("durationMinutes", 600);
        body.put("reason", "x".repeat(1001));

        var refused = admin().post(APPOINTMENTS, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("patientId", "clinicianId", "type", "start", "durationMinutes", "reason");
    }

    @Test
    void videoAppointmentsNeedAnHttpsLinkAndOthersCarryNone() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        Map<String, Object> video = booking(patient, clinician, TEN, 30);
        video.put("type", "VIDEO");
        Map<String, Object> plainLink = new LinkedHashMap<>(video);
        plainLink.put("joinLink", "http://meet.example.org/room/42");
        Map<String, Object> consultationWithLink = booking(patient, clinician, TEN, 30);
        consultationWithLink.put("joinLink", "https://meet.example.org/room/42");
        Map<String, Object> good = new LinkedHashMap<>(video);
        good.put("joinLink", "https://meet.example.org/room/42");

        for (var bad : List.of(video, plainLink, consultationWithLink)) {
            var refused = admin().post(APPOINTMENTS, bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("joinLink");
        }
        assertThat(admin().post(APPOINTMENTS, good).status()).isEqualTo(201);
    }

    @Test
    void writesNeedASignedInUserOfTheRightRole() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String id = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).json().get("appointmentId").asText();
        Map<String, Object> request = Map.of("clinicianId", clinician.userId(), "type", "CONSULTATION",
                "start", TEN.plus(Duration.ofDays(1)).toString(), "durationMinutes", 30);

        assertThat(anonymous().post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).status()).isEqualTo(401);
        assertThat(as("demo-auditor").post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).status()).isEqualTo(403);
        assertThat(as("demo-device").post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).status()).isEqualTo(403);
        Api patientUser = newUser(Role.PATIENT, patient);
        assertThat(patientUser.post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).status()).isEqualTo(403);
        assertThat(as("demo-nurse").post("/api/v1/appointment-requests", request).status()).isEqualTo(403);
        for (String action : List.of("confirmation", "check-in", "completion", "no-show")) {
            assertThat(patientUser.post(APPOINTMENTS + "/" + id + "/" + action, null).status()).as(action).isEqualTo(403);
        }
        assertThat(patientUser.post(APPOINTMENTS + "/" + id + "/entered-in-error", Map.of("reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void anotherOrganizationsAppointmentReadsAsMissing() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String id = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).json().get("appointmentId").asText();
        Api stranger = otherOrganizationAdmin();

        var cancelled = stranger.post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "x"));
        var stale = stranger.with("If-Match", "\"7\"").post(APPOINTMENTS + "/" + id + "/check-in", null);
        var missing = admin().post(APPOINTMENTS + "/" + java.util.UUID.randomUUID() + "/cancellation", Map.of("reason", "x"));
        var theirPatient = stranger.post(APPOINTMENTS, booking(patient, clinician, TEN.plus(Duration.ofDays(1)), 30));

        for (var refused : List.of(cancelled, stale, missing)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.json().get("code").asText()).isEqualTo("APPOINTMENT_NOT_FOUND");
        }
        assertThat(cancelled.json().get("detail").asText()).isEqualTo("appointment " + id + " not found");
        assertThat(missing.json().get("detail").asText()).matches("appointment [0-9a-f-]{36} not found");
        assertThat(theirPatient.status()).as(theirPatient.toString()).isEqualTo(404);
        assertThat(theirPatient.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
    }

    @Test
    void stepsOutOfTheLifecycleAreRefused() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String id = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).json().get("appointmentId").asText();

        var completed = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/completion", null);
        var confirmed = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/confirmation", null);
        var tooEarly = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/no-show", null);
        var notToday = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/check-in", null);
        var inError = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/entered-in-error", Map.of("reason", "duplicate"));
        var cancelAfterwards = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "x"));

        for (var refused : List.of(completed, confirmed, cancelAfterwards)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("code").asText()).isEqualTo("APPOINTMENT_TRANSITION_NOT_ALLOWED");
        }
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asText()).isEqualTo("NO_SHOW_TOO_EARLY");
        assertThat(notToday.status()).isEqualTo(409);
        assertThat(notToday.json().get("code").asText()).isEqualTo("CHECK_IN_NOT_ON_THE_DAY");
        assertThat(inError.status()).as(inError.toString()).isEqualTo(204);
    }

    @Test
    void aPatientChecksInOnTheDayAndTheAppointmentIsCompleted() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        Instant soon = Instant.now().plus(Duration.ofMinutes(10));
        String id = admin().post(APPOINTMENTS, booking(patient, clinician, soon, 30)).json().get("appointmentId").asText();
        ZoneId london = ZoneId.of("Europe/London");
        boolean sameDay = LocalDate.ofInstant(Instant.now(), london).equals(LocalDate.ofInstant(soon, london));

        var checkedIn = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/check-in", null);

        if (!sameDay) { // run within ten minutes of midnight in London: the appointment is tomorrow there
            assertThat(checkedIn.json().get("code").asText()).isEqualTo("CHECK_IN_NOT_ON_THE_DAY");
            return;
        }
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(204);
        var noShow = as("demo-nurse").post(APPOINTMENTS + "/" + id + "/no-show", null);
        var completed = clinician.post(APPOINTMENTS + "/" + id + "/completion", null);
        assertThat(noShow.status()).as("a checked-in patient is no no-show").isEqualTo(409);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
        assertThat(eventTypesOf(id)).containsExactly("AppointmentBooked", "PatientCheckedIn", "AppointmentFulfilled");
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheAppointmentIsUnchanged() throws Exception {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String id = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30)).json().get("appointmentId").asText();

        var stale = admin().with("If-Match", "\"3\"").post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "x"));
        var current = admin().with("If-Match", "\"0\"").post(APPOINTMENTS + "/" + id + "/reschedule",
                move(TEN.plus(Duration.ofDays(1)), 30));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asText()).isEqualTo("VERSION_MISMATCH");
        assertThat(current.status()).as(current.toString()).isEqualTo(204);
        assertThat(eventTypesOf(id)).containsExactly("AppointmentBooked", "AppointmentRescheduled");
    }

    @Test
    void aStartInThePastAndAClinicianWhoIsNoneAreUnprocessable() {
        Api clinician = newUser(Role.CLINICIAN, null);
        Api nurse = newUser(Role.NURSE, null);
        String patient = registerPatient();

        var past = admin().post(APPOINTMENTS, booking(patient, clinician, Instant.now().minus(Duration.ofHours(1)), 30));
        var notAClinician = admin().post(APPOINTMENTS, booking(patient, nurse, TEN, 30));

        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("code").asText()).isEqualTo("APPOINTMENT_START_IN_PAST");
        assertThat(notAClinician.status()).isEqualTo(422);
        assertThat(notAClinician.json().get("code").asText()).isEqualTo("NOT_A_CLINICIAN");
    }

    @Test
    void aDischargedOrUnknownPatientGetsNoAppointment() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        assertThat(admin().post("/api/v1/patients/" + patient + "/discharge", null).status()).isEqualTo(204);

        var discharged = admin().post(APPOINTMENTS, booking(patient, clinician, TEN, 30));
        var unknown = admin().post(APPOINTMENTS, booking(java.util.UUID.randomUUID().toString(), clinician, TEN, 30));

        assertThat(discharged.status()).isEqualTo(409);
        assertThat(discharged.json().get("code").asText()).isEqualTo("PATIENT_DISCHARGED");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
    }

    private static Map<String, Object> booking(String patient, Api clinician, Instant start, int minutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patient);
        body.put("clinicianId", clinician.userId());
        body.put("type", "CONSULTATION");
        body.put("start", start.toString());
        body.put("durationMinutes", minutes);
        body.put("reason", "chest pain on exertion");
        return body;
    }

    private static Map<String, Object> move(Instant start, int minutes) {
        return Map.of("start", start.toString(), "durationMinutes", minutes);
    }

    private static long bookedEventsNaming(String clinicianId) throws Exception {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype = 'org.careledger.api.appointment.AppointmentBooked'
                        AND convert_from(payload, 'UTF8') LIKE ?""")) {
            query.setString(1, "%" + clinicianId + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> eventTypesOf(String aggregateId) throws Exception {
        List<String> types = new ArrayList<>();
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement(
                        "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(1);
                    types.add(type.substring(type.lastIndexOf('.') + 1));
                }
            }
        }
        return types;
    }
}

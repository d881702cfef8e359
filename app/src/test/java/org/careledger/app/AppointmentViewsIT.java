package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * Appointment reads over REST on PostgreSQL, with appointments booked through the write endpoints: details with
 * history and ETag, who sees what, working hours, absences and free slots, a clinician's day, upcoming lists,
 * calendar feeds and rates.
 */
class AppointmentViewsIT extends IntegrationTest {
    private static final String APPOINTMENTS = "/api/v1/appointments";
    private static final String REASON = "chest pain on exertion";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // Three weeks ahead: always in the future, and well inside one slot search of 31 days.
    private static final LocalDate DAY = LocalDate.now(LONDON).plusDays(21);

    @Test
    void aBookedAppointmentReadsBackWithItsHistoryAndETag() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String id = book(patient, clinician, at(10, 0), 30);

        var read = admin().await(APPOINTMENTS + "/" + id, r -> r.status() == 200);

        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().get("status").asText()).isEqualTo("BOOKED");
        assertThat(read.json().get("start").asText()).isEqualTo(at(10, 0).toString());
        assertThat(read.json().get("history").get(0).get("kind").asText()).isEqualTo("BOOKED");
        assertThat(read.json().get("history").get(0).get("actorId").asText()).isEqualTo(userIdOf("demo-admin"));
        assertThat(admin().with("If-None-Match", "\"0\"").get(APPOINTMENTS + "/" + id).status()).isEqualTo(304);

        assertThat(admin().post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "patient unwell"))
                .status()).isEqualTo(204);
        var cancelled = admin().await(APPOINTMENTS + "/" + id, r -> r.status() == 200 && r.json().get("version").asLong() == 1);
        assertThat(cancelled.header("ETag")).isEqualTo("\"1\"");
        assertThat(cancelled.json().get("history").get(1).get("kind").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void theReasonIsReadByThePatientTheClinicianAndTheCareTeamOnly() {
        Api clinician = newUser(Role.CLINICIAN, null);
        Api careTeamNurse = newUser(Role.NURSE, null);
        Api otherNurse = newUser(Role.NURSE, null);
        String patient = registerPatient();
        assignToCareTeam(patient, careTeamNurse, "MEMBER");
        Api patientUser = newUser(Role.PATIENT, patient);
        String id = book(patient, clinician, at(11, 0), 30);
        admin().await(APPOINTMENTS + "/" + id, r -> r.status() == 200);

        for (Api reader : List.of(clinician, patientUser)) {
            assertThat(reader.get(APPOINTMENTS + "/" + id).json().get("reason").asText()).isEqualTo(REASON);
        }
        careTeamNurse.await(APPOINTMENTS + "/" + id, r -> r.json().path("reasonVisible").asBoolean());
        for (Api reader : List.of(admin(), otherNurse)) {
            JsonNode hidden = reader.get(APPOINTMENTS + "/" + id).json();
            assertThat(hidden.get("reasonVisible").asBoolean()).isFalse();
            assertThat(hidden.has("reason")).isFalse();
        }
    }

    @Test
    void anotherPatientOrOrganizationSeesNoSuchAppointment() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        Api otherPatient = newUser(Role.PATIENT, registerPatient());
        String id = book(patient, clinician, at(12, 0), 30);
        admin().await(APPOINTMENTS + "/" + id, r -> r.status() == 200);

        for (Api stranger : List.of(otherPatient, otherOrganizationAdmin())) {
            var answer = stranger.get(APPOINTMENTS + "/" + id);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.json().get("code").asText()).isEqualTo("APPOINTMENT_NOT_FOUND");
            assertThat(stranger.get(APPOINTMENTS + "?patientId=" + patient).json().get("totalItems").asLong())
                    .isZero();
        }
        assertThat(as("demo-auditor").get(APPOINTMENTS + "/" + id).status()).isEqualTo(403);
    }

    @Test
    void theListFiltersByPatientClinicianStatusAndTime() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        String first = book(patient, clinician, at(9, 0), 30);
        String second = book(patient, clinician, at(14, 0), 30);
        admin().post(APPOINTMENTS + "/" + second + "/cancellation", Map.of("reason", "clash"));

        String mine = APPOINTMENTS + "?clinicianId=" + clinician.userId();
        var all = admin().await(mine, r -> r.status() == 200 && r.json().get("totalItems").asLong() == 2
                && r.json().get("items").get(1).get("status").asText().equals("CANCELLED"));
        assertThat(ids(all)).containsExactly(first, second);
        assertThat(ids(admin().get(mine + "&status=booked"))).containsExactly(first);
        assertThat(ids(admin().get(mine + "&patientId=" + patient + "&from=" + at(12, 0)))).containsExactly(second);
        assertThat(admin().get(mine + "&status=pending").status()).isEqualTo(400);
    }

    @Test
    void freeSlotsAreTheWorkingHoursLessBookingsAndAbsencesAndFollowChanges() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String hours = "/api/v1/clinicians/" + clinician.userId() + "/working-hours";
        assertThat(as("demo-nurse").get(hours).json().get("source").asText()).isEqualTo("ORGANIZATION_DEFAULT");
        var set = clinician.put(hours, Map.of("slotMinutes", 60, "periods", everyDay("09:00", "12:00")));
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        assertThat(as("demo-nurse").get(hours).json().get("source").asText()).isEqualTo("CLINICIAN");
        String slots = APPOINTMENTS + "/available-slots?clinicianId=" + clinician.userId() + "&from=" + DAY + "&to="
                + DAY;
        assertThat(starts(as("demo-nurse").get(slots))).containsExactly(at(9, 0), at(10, 0), at(11, 0));

        String id = book(registerPatient(), clinician, at(10, 0), 30);
        assertThat(starts(as("demo-nurse").await(slots, r -> starts(r).size() == 2))).containsExactly(at(9, 0),
                at(11, 0));

        String absences = "/api/v1/clinicians/" + clinician.userId() + "/absences";
        var absent = admin().post(absences, Map.of("from", at(11, 0).toString(), "to", at(12, 0).toString(),
                "reason", "training"));
        assertThat(absent.status()).as(absent.toString()).isEqualTo(201);
        assertThat(starts(as("demo-nurse").get(slots))).containsExactly(at(9, 0));

        var day = as("demo-nurse").get("/api/v1/clinicians/" + clinician.userId() + "/schedule?date=" + DAY).json();
        assertThat(day.get("appointments").get(0).get("appointmentId").asText()).isEqualTo(id);
        assertThat(day.get("absences").get(0).get("reason").asText()).isEqualTo("training");
        assertThat(day.get("workingPeriods").get(0).get("end").asText()).isEqualTo(at(12, 0).toString());
        assertThat(day.get("freeSlots")).hasSize(1);

        String absenceId = absent.json().get("absenceId").asText();
        assertThat(clinician.delete(absences + "/" + absenceId).status()).isEqualTo(204);
        assertThat(starts(as("demo-nurse").get(slots))).containsExactly(at(9, 0), at(11, 0));
    }

    @Test
    void onlyAnAdministratorOrTheClinicianChangesTheirHoursAndBadInputIsRefused() {
        Api clinician = newUser(Role.CLINICIAN, null);
        Api colleague = newUser(Role.CLINICIAN, null);
        String hours = "/api/v1/clinicians/" + clinician.userId() + "/working-hours";
        var week = Map.of("slotMinutes", 30, "periods", everyDay("08:00", "10:00"));

        assertThat(colleague.put(hours, week).status()).isEqualTo(403);
        assertThat(as("demo-nurse").put(hours, week).status()).isEqualTo(403);
        assertThat(otherOrganizationAdmin().put(hours, week).status()).isEqualTo(404);
        assertThat(admin().put(hours, week).status()).isEqualTo(204);

        var bad = admin().put(hours, Map.of("slotMinutes", 30, "periods", List.of(
                Map.of("day", "FUNDAY", "start", "09:00", "end", "10:00"),
                Map.of("day", "MONDAY", "start", "11:00", "end", "10:00"))));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body()).contains("periods[0].day", "periods[1].end");
        var tooLong = admin().get(APPOINTMENTS + "/available-slots?clinicianId=" + clinician.userId() + "&from=" + DAY
                + "&to=" + DAY.plusDays(31));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        var nurseSlots = admin().get(APPOINTMENTS + "/available-slots?clinicianId=" + userIdOf("demo-nurse"));
        assertThat(nurseSlots.status()).isEqualTo(404);
    }

    @Test
    void calendarFeedsCarryTheAppointmentsAndMarkCancellations() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        Api patientUser = newUser(Role.PATIENT, patient);
        String id = book(patient, clinician, at(15, 0), 45);
        String clinicianFeed = "/api/v1/clinicians/" + clinician.userId() + "/calendar.ics";
        Api reader = clinician.with("Accept", "text/calendar");

        var feed = reader.await(clinicianFeed, r -> r.body().contains(id));
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:" + id + "@careledger\r\n", "STATUS:CONFIRMED\r\n", "SEQUENCE:0\r\n")
                .doesNotContain(REASON);

        admin().post(APPOINTMENTS + "/" + id + "/cancellation", Map.of("reason", "clinic closed"));
        var after = reader.await(clinicianFeed, r -> r.body().contains("STATUS:CANCELLED"));
        assertThat(after.body()).contains("SEQUENCE:1\r\n").doesNotContain("clinic closed");

        var own = patientUser.with("Accept", "text/calendar").get("/api/v1/patients/" + patient + "/calendar.ics");
        assertThat(own.body()).contains("UID:" + id + "@careledger");
        assertThat(patientUser.with("Accept", "text/calendar").get(clinicianFeed).status()).isEqualTo(403);
    }

    @Test
    void upcomingAppointmentsAndRatesPerClinicianAndMonth() {
        Api clinician = newUser(Role.CLINICIAN, null);
        String patient = registerPatient();
        Api patientUser = newUser(Role.PATIENT, patient);
        String kept = book(patient, clinician, at(9, 30), 30);
        String called = book(patient, clinician, at(16, 0), 30);
        admin().post(APPOINTMENTS + "/" + called + "/cancellation", Map.of("reason", "clash"));

        var upcoming = clinician.await("/api/v1/clinicians/" + clinician.userId() + "/upcoming-appointments",
                r -> r.json().size() == 1);
        assertThat(upcoming.json().get(0).get("appointmentId").asText()).isEqualTo(kept);
        var own = patientUser.get("/api/v1/patients/" + patient + "/upcoming-appointments");
        assertThat(own.json()).hasSize(1);

        YearMonth month = YearMonth.from(DAY);
        var rates = admin().get(APPOINTMENTS + "/rates?clinicianId=" + clinician.userId() + "&from=" + month + "&to="
                + month).json();
        JsonNode rate = rates.get("rates").get(0);
        assertThat(rate.get("appointments").asLong()).isEqualTo(2);
        assertThat(rate.get("cancelled").asLong()).isEqualTo(1);
        assertThat(rate.get("cancellationRate").asDouble()).isEqualTo(0.5);
        assertThat(patientUser.get(APPOINTMENTS + "/rates").status()).isEqualTo(403);
    }

    private String book(String patient, Api clinician, Instant start, int minutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patient);
        body.put("clinicianId", clinician.userId());
        body.put("type", "CONSULTATION");
        body.put("start", start.toString());
        body.put("durationMinutes", minutes);
        body.put("reason", REASON);
        var booked = admin().post(APPOINTMENTS, body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("appointmentId").asText();
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    private static List<Map<String, String>> everyDay(String start, String end) {
        List<Map<String, String>> periods = new ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            periods.add(Map.of("day", day.name(), "start", start, "end", end));
        }
        return periods;
    }

    private static List<Instant> starts(Api.Response slots) {
        List<Instant> starts = new ArrayList<>();
        slots.json().get("slots").forEach(slot -> starts.add(Instant.parse(slot.get("start").asText())));
        return starts;
    }

    private static List<String> ids(Api.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("appointmentId").asText()));
        return ids;
    }

    private String userIdOf(String username) {
        for (JsonNode user : admin().get("/api/v1/users").json()) {
            if (user.get("username").asText().equals(username)) {
                return user.get("userId").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }
}

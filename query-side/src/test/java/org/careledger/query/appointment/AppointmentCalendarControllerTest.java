package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.appointment.AppointmentList;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentSummary;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.ClinicianSchedule;
import org.careledger.api.appointment.FindCalendarAppointments;
import org.careledger.api.appointment.FindClinicianSchedule;
import org.careledger.api.appointment.FindUpcomingAppointments;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.query.WebTestSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

class AppointmentCalendarControllerTest {
    private static final UUID CLINICIAN = AppointmentEvents.CLINICIAN.value();
    private static final UUID PATIENT = AppointmentEvents.PATIENT.value();
    private static final Actor VIEWER = AppointmentEvents.staff(Role.CLINICIAN, AppointmentEvents.CLINICIAN);
    private static final Instant NOW = AppointmentEvents.NOW;
    private static final Instant START = AppointmentEvents.MONDAY_9;
    private static final AppointmentSummary BOOKED = new AppointmentSummary(AppointmentEvents.appointmentId(1).value(),
            PATIENT, CLINICIAN, AppointmentType.VIDEO, AppointmentStatus.BOOKED, START, START.plusSeconds(1800), 30,
            NOW, 1, 2);

    private final StubQueries stub = new StubQueries();
    private MockMvc mvc;

    @BeforeEach
    void givenTheControllerBehindARealQueryBus() {
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(stub).subscribe(bus);
        var controller = new AppointmentCalendarController(DefaultQueryGateway.builder().queryBus(bus).build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        mvc = WebTestSetup.mvc(controller, VIEWER);
    }

    @Test
    void aCliniciansFeedIsAnICalendarOfTheirAppointmentsFromNinetyDaysAgo() throws Exception {
        stub.list = new AppointmentList(List.of(BOOKED));

        String feed = mvc.perform(get("/api/v1/clinicians/{id}/calendar.ics", CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + BOOKED.appointmentId() + "@careledger\r\n",
                "DTSTART:20260302T090000Z\r\n", "SUMMARY:Video consultation\r\n", "SEQUENCE:1\r\n");
        assertThat(stub.last).isEqualTo(new FindCalendarAppointments(null, new UserId(CLINICIAN),
                NOW.minus(AppointmentCalendarController.FEED_PAST), NOW.plus(AppointmentCalendarController.FEED_AHEAD),
                VIEWER));
    }

    @Test
    void aPatientsFeedAsksForThatPatientsAppointments() throws Exception {
        stub.list = new AppointmentList(List.of());

        String feed = mvc.perform(get("/api/v1/patients/{id}/calendar.ics", PATIENT))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(feed).doesNotContain("BEGIN:VEVENT").endsWith("END:VCALENDAR\r\n");
        assertThat(((FindCalendarAppointments) stub.last).patientId()).isEqualTo(new PatientId(PATIENT));
    }

    @Test
    void anUnknownCliniciansFeedScheduleAndUpcomingAreNotFound() throws Exception {
        for (String path : List.of("/calendar.ics", "/schedule", "/upcoming-appointments")) {
            mvc.perform(get("/api/v1/clinicians/" + CLINICIAN + path))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("RECORD_NOT_FOUND"));
        }
    }

    @Test
    void theScheduleDefaultsToTodayAndReadsItsDate() throws Exception {
        stub.schedule = new ClinicianSchedule(CLINICIAN, LocalDate.of(2026, 3, 2), "Europe/London", List.of(),
                List.of(BOOKED), List.of(), List.of());

        mvc.perform(get("/api/v1/clinicians/{id}/schedule?date=2026-03-02", CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointments[0].status").value("BOOKED"));
        assertThat(stub.last).isEqualTo(
                new FindClinicianSchedule(new UserId(CLINICIAN), LocalDate.of(2026, 3, 2), VIEWER));
        mvc.perform(get("/api/v1/clinicians/{id}/schedule", CLINICIAN)).andExpect(status().isOk());
        assertThat(stub.last).isEqualTo(
                new FindClinicianSchedule(new UserId(CLINICIAN), LocalDate.of(2026, 3, 1), VIEWER));
        mvc.perform(get("/api/v1/clinicians/{id}/schedule?date=monday", CLINICIAN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void upcomingAppointmentsDefaultToTenAndRefuseABadLimit() throws Exception {
        stub.list = new AppointmentList(List.of(BOOKED));

        mvc.perform(get("/api/v1/patients/{id}/upcoming-appointments", PATIENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].appointmentId").value(BOOKED.appointmentId().toString()));
        assertThat(stub.last).isEqualTo(new FindUpcomingAppointments(new PatientId(PATIENT), null, 10, VIEWER));
        mvc.perform(get("/api/v1/clinicians/{id}/upcoming-appointments?limit=3", CLINICIAN))
                .andExpect(status().isOk());
        assertThat(stub.last).isEqualTo(new FindUpcomingAppointments(null, new UserId(CLINICIAN), 3, VIEWER));
        mvc.perform(get("/api/v1/clinicians/{id}/upcoming-appointments?limit=0", CLINICIAN))
                .andExpect(status().isBadRequest());
    }

    static class StubQueries {
        Object last;
        AppointmentList list;
        ClinicianSchedule schedule;

        @QueryHandler
        AppointmentList handle(FindCalendarAppointments query) {
            last = query;
            return list;
        }

        @QueryHandler
        AppointmentList handle(FindUpcomingAppointments query) {
            last = query;
            return list;
        }

        @QueryHandler
        ClinicianSchedule handle(FindClinicianSchedule query) {
            last = query;
            return schedule;
        }
    }
}

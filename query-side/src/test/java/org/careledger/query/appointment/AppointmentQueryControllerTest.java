package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.appointment.AppointmentDetails;
import org.careledger.api.appointment.AppointmentHistoryEntry;
import org.careledger.api.appointment.AppointmentHistoryKind;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentPage;
import org.careledger.api.appointment.AppointmentRates;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.AvailableSlot;
import org.careledger.api.appointment.AvailableSlots;
import org.careledger.api.appointment.FindAppointmentById;
import org.careledger.api.appointment.FindAppointments;
import org.careledger.api.appointment.FindAvailableSlots;
import org.careledger.api.appointment.GetAppointmentRates;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.query.WebTestSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;

class AppointmentQueryControllerTest {
    private static final UUID APPOINTMENT = AppointmentEvents.appointmentId(1).value();
    private static final UUID CLINICIAN = AppointmentEvents.CLINICIAN.value();
    private static final Actor VIEWER = AppointmentEvents.staff(Role.NURSE, AppointmentEvents.NURSE);
    private static final Instant NOW = AppointmentEvents.NOW;
    private static final Instant START = AppointmentEvents.MONDAY_9;
    private static final AppointmentDetails DETAILS = new AppointmentDetails(APPOINTMENT,
            AppointmentEvents.PATIENT.value(), AppointmentEvents.ORGANIZATION.value(), CLINICIAN,
            AppointmentType.CONSULTATION, AppointmentStatus.BOOKED, START, START.plusSeconds(1800), 30, false, null,
            null, null, null, NOW, AppointmentEvents.NURSE.value(), null, null, null, null, null, null, null, null,
            null, null, null, 0, NOW, List.of(new AppointmentHistoryEntry(0, AppointmentHistoryKind.BOOKED, NOW,
                    AppointmentEvents.NURSE.value(), START, 30, null, null, null, null, null, null, null, null)), 3);

    private final StubQueries stub = new StubQueries();
    private MockMvc mvc;

    @BeforeEach
    void givenTheControllerBehindARealQueryBus() {
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(stub).subscribe(bus);
        var controller = new AppointmentQueryController(DefaultQueryGateway.builder().queryBus(bus).build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        mvc = WebTestSetup.mvc(controller, VIEWER);
    }

    @Test
    void anAppointmentIsReturnedWithItsHistoryAndItsVersionAsAStrongETag() throws Exception {
        stub.details = DETAILS;

        mvc.perform(get("/api/v1/appointments/{id}", APPOINTMENT))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.appointmentId").value(APPOINTMENT.toString()))
                .andExpect(jsonPath("$.start").value("2026-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.reasonVisible").value(false))
                .andExpect(jsonPath("$.reason").doesNotExist())
                .andExpect(jsonPath("$.history[0].kind").value("BOOKED"));
        assertThat(stub.last).isEqualTo(new FindAppointmentById(new AppointmentId(APPOINTMENT), VIEWER));
        mvc.perform(get("/api/v1/appointments/{id}", APPOINTMENT).header("If-None-Match", "\"3\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void anAbsentOrHiddenAppointmentIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/appointments/{id}", APPOINTMENT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("APPOINTMENT_NOT_FOUND"));
    }

    @Test
    void theListDefaultsToTheFirstTwentyInEveryStatus() throws Exception {
        stub.page = new AppointmentPage(List.of(), 0, 20, 0, 0);

        mvc.perform(get("/api/v1/appointments")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        assertThat(stub.last).isEqualTo(new FindAppointments(null, null, null, null, Set.of(), 0, 20, VIEWER));
    }

    @Test
    void theListReadsItsFilters() throws Exception {
        stub.page = new AppointmentPage(List.of(), 1, 5, 0, 0);
        UUID patient = AppointmentEvents.PATIENT.value();

        mvc.perform(get("/api/v1/appointments?patientId=" + patient + "&clinicianId=" + CLINICIAN
                        + "&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&status=booked,checked-in&status=NOSHOW"
                        + "&page=1&size=5"))
                .andExpect(status().isOk());
        assertThat(stub.last).isEqualTo(new FindAppointments(new PatientId(patient), new UserId(CLINICIAN),
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
                EnumSet.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN, AppointmentStatus.NOSHOW), 1, 5,
                VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=pending", "size=0", "size=101", "page=-1", "patientId=42", "from=yesterday",
        "from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z"})
    void aBadListParameterIs400(String parameter) throws Exception {
        mvc.perform(get("/api/v1/appointments?" + parameter)).andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    @Test
    void availableSlotsDefaultToAWeekFromToday() throws Exception {
        stub.slots = new AvailableSlots(CLINICIAN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7),
                "Europe/London", List.of(new AvailableSlot(START, START.plusSeconds(1800))));

        mvc.perform(get("/api/v1/appointments/available-slots?clinicianId=" + CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slots[0].start").value("2026-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.timeZone").value("Europe/London"));
        assertThat(stub.last).isEqualTo(new FindAvailableSlots(new UserId(CLINICIAN), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 7), VIEWER));
    }

    @Test
    void slotsOfAnUnknownClinicianAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/appointments/available-slots?clinicianId=" + CLINICIAN
                        + "&from=2026-03-02&to=2026-03-02"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RECORD_NOT_FOUND"));
        assertThat(stub.last).isEqualTo(new FindAvailableSlots(new UserId(CLINICIAN), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2), VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "clinicianId=42", "from=2026-03-02&to=2026-04-02", "from=2026-03-02&to=2026-03-01",
        "from=tomorrow"})
    void aBadSlotRangeIs400(String parameter) throws Exception {
        String clinician = parameter.startsWith("clinicianId") || parameter.isEmpty() ? "" : "clinicianId=" + CLINICIAN
                + "&";
        mvc.perform(get("/api/v1/appointments/available-slots?" + clinician + parameter))
                .andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    @Test
    void aRangeOfThirtyOneDaysIsTheLongestAllowed() throws Exception {
        stub.slots = new AvailableSlots(CLINICIAN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                "Europe/London", List.of());

        mvc.perform(get("/api/v1/appointments/available-slots?clinicianId=" + CLINICIAN
                + "&from=2026-03-01&to=2026-03-31")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/appointments/available-slots?clinicianId=" + CLINICIAN
                + "&from=2026-03-01&to=2026-04-01")).andExpect(status().isBadRequest());
    }

    @Test
    void ratesDefaultToTheLastTwelveMonths() throws Exception {
        stub.rates = new AppointmentRates(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 1), "Europe/London",
                List.of());

        mvc.perform(get("/api/v1/appointments/rates")).andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-04-01"));
        assertThat(stub.last).isEqualTo(
                new GetAppointmentRates(null, YearMonth.of(2025, 4), YearMonth.of(2026, 3), VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2026-13", "from=2026-03&to=2026-01", "from=2020-01&to=2026-01"})
    void aBadRatesRangeIs400(String parameter) throws Exception {
        mvc.perform(get("/api/v1/appointments/rates?" + parameter)).andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    static class StubQueries {
        Object last;
        AppointmentDetails details;
        AppointmentPage page;
        AvailableSlots slots;
        AppointmentRates rates;

        @QueryHandler
        AppointmentDetails handle(FindAppointmentById query) {
            last = query;
            return details;
        }

        @QueryHandler
        AppointmentPage handle(FindAppointments query) {
            last = query;
            return page;
        }

        @QueryHandler
        AvailableSlots handle(FindAvailableSlots query) {
            last = query;
            return slots;
        }

        @QueryHandler
        AppointmentRates handle(GetAppointmentRates query) {
            last = query;
            return rates;
        }
    }
}

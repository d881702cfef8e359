package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.appointment.AppointmentEvents.ADMIN;
import static org.careledger.query.appointment.AppointmentEvents.CLINICIAN;
import static org.careledger.query.appointment.AppointmentEvents.MONDAY_9;
import static org.careledger.query.appointment.AppointmentEvents.OFFICE_HOURS;
import static org.careledger.query.appointment.AppointmentEvents.ORGANIZATION;
import static org.careledger.query.appointment.AppointmentEvents.PATIENT;
import static org.careledger.query.appointment.AppointmentEvents.appointmentId;
import static org.careledger.query.appointment.AppointmentEvents.booked;
import static org.careledger.query.appointment.AppointmentEvents.cancelled;
import static org.careledger.query.appointment.AppointmentEvents.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.FindAppointmentById;
import org.careledger.api.appointment.FindAppointments;
import org.careledger.api.appointment.FindAvailableSlots;
import org.careledger.api.appointment.FindUpcomingAppointments;
import org.careledger.api.appointment.GetAppointmentRates;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The migration and the appointment queries on H2 in PostgreSQL mode, as the zero-install default profile runs them:
 * the status filters, the overlap query behind free slots, the grouped counts behind rates and the history.
 */
@SpringBootTest(
        classes = AppointmentProjectionTest.Configuration.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:appointment-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.properties.hibernate.jdbc.time_zone=UTC"
        })
class AppointmentViewsOnH2Test {
    @Autowired AppointmentViewsProjection projection;
    @Autowired AppointmentQueries queries;
    @Autowired ScheduleQueries schedules;
    @Autowired AppointmentRatesQueries rates;
    @Autowired FixedCalendars calendars;

    @BeforeEach
    void givenOneBookedAndOneCancelledAppointment() {
        projection.reset();
        calendars.clear();
        calendars.clinician(CLINICIAN, ORGANIZATION, OFFICE_HOURS);
        projection.on(booked(appointmentId(1), PATIENT, CLINICIAN, MONDAY_9, 30), 0, MONDAY_9.minusSeconds(86400));
        projection.on(booked(appointmentId(2), PATIENT, CLINICIAN, MONDAY_9.plusSeconds(3600), 30), 0,
                MONDAY_9.minusSeconds(86400));
        projection.on(cancelled(appointmentId(2), PATIENT), 1, MONDAY_9.minusSeconds(3600));
    }

    @Test
    void listsAndDetailsReadBackOnH2() {
        var page = queries.handle(new FindAppointments(null, CLINICIAN, null, null, Set.of(AppointmentStatus.CANCELLED),
                0, 20, staff(Role.ADMIN, ADMIN)));
        var details = queries.handle(new FindAppointmentById(appointmentId(2), staff(Role.CLINICIAN, CLINICIAN)));

        assertThat(page.items()).singleElement().extracting(item -> item.appointmentId())
                .isEqualTo(appointmentId(2).value());
        assertThat(details.history()).hasSize(2);
        assertThat(queries.handle(new FindUpcomingAppointments(PATIENT, null, 10, staff(Role.ADMIN, ADMIN))).items())
                .hasSize(1);
    }

    @Test
    void slotsAndRatesOnH2() {
        var slots = schedules.handle(new FindAvailableSlots(CLINICIAN, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2), staff(Role.ADMIN, ADMIN)));
        var monthly = rates.handle(new GetAppointmentRates(null, YearMonth.of(2026, 3), YearMonth.of(2026, 3),
                staff(Role.ADMIN, ADMIN)));

        assertThat(slots.slots()).hasSize(15);
        assertThat(monthly.rates()).singleElement().satisfies(rate -> {
            assertThat(rate.appointments()).isEqualTo(2);
            assertThat(rate.cancellationRate()).isEqualTo(0.5);
        });
    }
}

package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.appointment.AppointmentEvents.ADMIN;
import static org.careledger.query.appointment.AppointmentEvents.CLINICIAN;
import static org.careledger.query.appointment.AppointmentEvents.ELSEWHERE_CLINICIAN;
import static org.careledger.query.appointment.AppointmentEvents.MONDAY_9;
import static org.careledger.query.appointment.AppointmentEvents.NURSE;
import static org.careledger.query.appointment.AppointmentEvents.OFFICE_HOURS;
import static org.careledger.query.appointment.AppointmentEvents.ORGANIZATION;
import static org.careledger.query.appointment.AppointmentEvents.OTHER_CLINICIAN;
import static org.careledger.query.appointment.AppointmentEvents.OTHER_ORGANIZATION;
import static org.careledger.query.appointment.AppointmentEvents.REASON;
import static org.careledger.query.appointment.AppointmentEvents.appointmentId;
import static org.careledger.query.appointment.AppointmentEvents.assigned;
import static org.careledger.query.appointment.AppointmentEvents.booked;
import static org.careledger.query.appointment.AppointmentEvents.cancelled;
import static org.careledger.query.appointment.AppointmentEvents.patientId;
import static org.careledger.query.appointment.AppointmentEvents.patientUserOf;
import static org.careledger.query.appointment.AppointmentEvents.requested;
import static org.careledger.query.appointment.AppointmentEvents.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.appointment.AppointmentDetails;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentList;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentPage;
import org.careledger.api.appointment.AppointmentRate;
import org.careledger.api.appointment.AppointmentRates;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentSummary;
import org.careledger.api.appointment.AvailableSlot;
import org.careledger.api.appointment.AvailableSlots;
import org.careledger.api.appointment.ClinicianSchedule;
import org.careledger.api.appointment.FindAppointmentById;
import org.careledger.api.appointment.FindAppointments;
import org.careledger.api.appointment.FindAvailableSlots;
import org.careledger.api.appointment.FindCalendarAppointments;
import org.careledger.api.appointment.FindClinicianSchedule;
import org.careledger.api.appointment.FindUpcomingAppointments;
import org.careledger.api.appointment.GetAppointmentRates;
import org.careledger.api.appointment.ScheduleAbsence;
import org.careledger.api.appointment.SchedulePeriod;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees which appointment and its reason, lists, upcoming, calendars, slots, schedules and rates, over Axon's bus. */
@AppointmentProjectionTest
class AppointmentQueriesTest {
    private static final PatientId NURSES_PATIENT = patientId(1);
    private static final PatientId OTHER_PATIENT = patientId(2);
    private static final PatientId ELSEWHERE = patientId(9);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant HOUR = Instant.ofEpochSecond(3600);
    private static final AppointmentId MONDAY_NINE = appointmentId(1);
    private static final AppointmentId MONDAY_TEN_CANCELLED = appointmentId(2);
    private static final AppointmentId TUESDAY_PROPOSED = appointmentId(3);
    private static final AppointmentId FEBRUARY_FULFILLED = appointmentId(4);
    private static final AppointmentId FEBRUARY_NO_SHOW = appointmentId(5);
    private static final AppointmentId OTHER_ORGANIZATIONS = appointmentId(6);
    private static final AppointmentId MONDAY_ELEVEN_IN_ERROR = appointmentId(7);
    private static final Instant FEBRUARY_10 = Instant.parse("2026-02-10T10:00:00Z");

    @Autowired AppointmentViewsProjection projection;
    @Autowired AppointmentQueries appointmentQueries;
    @Autowired ScheduleQueries scheduleQueries;
    @Autowired AppointmentRatesQueries rateQueries;
    @Autowired FixedCalendars calendars;
    private QueryGateway queries;

    @BeforeEach
    void givenAppointmentsOfTwoPatientsHereAndOneElsewhere() {
        projection.reset();
        calendars.clear();
        calendars.clinician(CLINICIAN, ORGANIZATION, OFFICE_HOURS);
        calendars.clinician(OTHER_CLINICIAN, ORGANIZATION, OFFICE_HOURS);
        calendars.clinician(ELSEWHERE_CLINICIAN, OTHER_ORGANIZATION, OFFICE_HOURS);
        var bus = SimpleQueryBus.builder().build();
        for (Object handlers : List.of(appointmentQueries, scheduleQueries, rateQueries)) {
            new AnnotationQueryHandlerAdapter<>(handlers).subscribe(bus);
        }
        queries = DefaultQueryGateway.builder().queryBus(bus).build();

        projection.on(assigned(NURSES_PATIENT, NURSE, Role.NURSE), 1);
        projection.on(booked(MONDAY_NINE, NURSES_PATIENT, CLINICIAN, MONDAY_9, 30), 0, FEBRUARY_10);
        projection.on(booked(MONDAY_TEN_CANCELLED, OTHER_PATIENT, CLINICIAN, MONDAY_9.plusSeconds(3600), 60), 0,
                FEBRUARY_10);
        projection.on(cancelled(MONDAY_TEN_CANCELLED, OTHER_PATIENT), 1, FEBRUARY_10.plusSeconds(60));
        projection.on(requested(TUESDAY_PROPOSED, OTHER_PATIENT, OTHER_CLINICIAN, MONDAY_9.plusSeconds(86400)), 0,
                FEBRUARY_10);
        projection.on(booked(FEBRUARY_FULFILLED, NURSES_PATIENT, CLINICIAN, FEBRUARY_10, 30), 0, FEBRUARY_10);
        projection.on(new AppointmentFulfilled(FEBRUARY_FULFILLED, NURSES_PATIENT, CLINICIAN), 1, FEBRUARY_10);
        projection.on(booked(FEBRUARY_NO_SHOW, NURSES_PATIENT, CLINICIAN, FEBRUARY_10.plusSeconds(86400), 30), 0,
                FEBRUARY_10);
        projection.on(new AppointmentNoShow(FEBRUARY_NO_SHOW, NURSES_PATIENT, null), 1, FEBRUARY_10);
        projection.on(booked(OTHER_ORGANIZATIONS, ELSEWHERE, OTHER_ORGANIZATION, ELSEWHERE_CLINICIAN, MONDAY_9, 30),
                0, FEBRUARY_10);
        projection.on(booked(MONDAY_ELEVEN_IN_ERROR, OTHER_PATIENT, CLINICIAN, MONDAY_9.plusSeconds(7200), 30), 0,
                FEBRUARY_10);
        projection.on(new AppointmentEnteredInError(MONDAY_ELEVEN_IN_ERROR, OTHER_PATIENT, "duplicate", ADMIN), 1,
                FEBRUARY_10);
    }

    @Test
    void staffSeeEveryAppointmentOfTheirOrganizationEarliestFirst() {
        for (Actor viewer : List.of(staff(Role.ADMIN, ADMIN), staff(Role.NURSE, NURSE), staff(Role.CLINICIAN,
                OTHER_CLINICIAN))) {
            assertThat(ids(list(viewer, null, null, Set.of()))).containsExactly(FEBRUARY_FULFILLED, FEBRUARY_NO_SHOW,
                    MONDAY_NINE, MONDAY_TEN_CANCELLED, MONDAY_ELEVEN_IN_ERROR, TUESDAY_PROPOSED);
        }
        assertThat(find(MONDAY_NINE, staff(Role.NURSE, NURSE))).isPresent();
    }

    @Test
    void aPatientSeesOnlyTheirOwnAppointments() {
        Actor patient = patientUserOf(OTHER_PATIENT);

        assertThat(ids(list(patient, null, null, Set.of())))
                .containsExactly(MONDAY_TEN_CANCELLED, MONDAY_ELEVEN_IN_ERROR, TUESDAY_PROPOSED);
        assertThat(ids(list(patient, NURSES_PATIENT, null, Set.of()))).isEmpty();
        assertThat(find(TUESDAY_PROPOSED, patient)).isPresent();
        assertThat(find(MONDAY_NINE, patient)).isEmpty();
    }

    @Test
    void anotherOrganizationAuditorsAndDevicesSeeNothingAsIfNoAppointmentExisted() {
        Actor otherAdmin = Actor.staff(ADMIN, Role.ADMIN, OTHER_ORGANIZATION);

        assertThat(find(MONDAY_NINE, otherAdmin)).isEmpty();
        assertThat(ids(list(otherAdmin, null, null, Set.of()))).containsExactly(OTHER_ORGANIZATIONS);
        assertThat(find(MONDAY_NINE, staff(Role.AUDITOR, ADMIN))).isEmpty();
        assertThat(list(staff(Role.DEVICE, ADMIN), null, null, Set.of()).items()).isEmpty();
        assertThat(find(appointmentId(99), staff(Role.ADMIN, ADMIN))).isEmpty();
    }

    @Test
    void theReasonIsForThePatientTheAppointmentsClinicianAndTheCareTeamOnly() {
        assertThat(find(MONDAY_NINE, staff(Role.CLINICIAN, CLINICIAN)).orElseThrow().reason()).isEqualTo(REASON);
        assertThat(find(MONDAY_NINE, staff(Role.NURSE, NURSE)).orElseThrow().reason()).isEqualTo(REASON);
        assertThat(find(MONDAY_NINE, patientUserOf(NURSES_PATIENT)).orElseThrow().reasonVisible()).isTrue();

        for (Actor viewer : List.of(staff(Role.ADMIN, ADMIN), staff(Role.CLINICIAN, OTHER_CLINICIAN))) {
            AppointmentDetails hidden = find(MONDAY_NINE, viewer).orElseThrow();
            assertThat(hidden.reasonVisible()).isFalse();
            assertThat(hidden.reason()).isNull();
            assertThat(hidden.start()).isEqualTo(MONDAY_9);
        }
    }

    @Test
    void cancellationReasonsInDetailsAndHistoryFollowTheSameRule() {
        AppointmentDetails forAdmin = find(MONDAY_TEN_CANCELLED, staff(Role.ADMIN, ADMIN)).orElseThrow();
        AppointmentDetails forClinician = find(MONDAY_TEN_CANCELLED, staff(Role.CLINICIAN, CLINICIAN)).orElseThrow();

        assertThat(forAdmin.cancellationReason()).isNull();
        assertThat(forAdmin.history().get(1).reason()).isNull();
        assertThat(forAdmin.history().get(1).actorId()).isEqualTo(ADMIN.value());
        assertThat(forClinician.cancellationReason()).isEqualTo("patient in hospital elsewhere");
        assertThat(forClinician.history().get(1).reason()).isEqualTo("patient in hospital elsewhere");
    }

    @Test
    void listsFilterByPatientClinicianStatusAndStartAndArePaged() {
        Actor admin = staff(Role.ADMIN, ADMIN);

        assertThat(ids(list(admin, NURSES_PATIENT, CLINICIAN, Set.of(AppointmentStatus.BOOKED))))
                .containsExactly(MONDAY_NINE);
        assertThat(ids(list(admin, null, OTHER_CLINICIAN, Set.of()))).containsExactly(TUESDAY_PROPOSED);
        assertThat(ids(list(admin, null, null, Set.of(AppointmentStatus.NOSHOW, AppointmentStatus.FULFILLED))))
                .containsExactly(FEBRUARY_FULFILLED, FEBRUARY_NO_SHOW);
        var monday = queries.query(new FindAppointments(null, null, MONDAY_9, MONDAY_9.plusSeconds(3 * 3600), Set.of(),
                0, 20, admin), ResponseTypes.instanceOf(AppointmentPage.class)).join();
        assertThat(ids(monday)).containsExactly(MONDAY_NINE, MONDAY_TEN_CANCELLED, MONDAY_ELEVEN_IN_ERROR);
        var secondPage = queries.query(new FindAppointments(null, null, null, null, Set.of(), 1, 4, admin),
                ResponseTypes.instanceOf(AppointmentPage.class)).join();
        assertThat(ids(secondPage)).containsExactly(MONDAY_ELEVEN_IN_ERROR, TUESDAY_PROPOSED);
        assertThat(secondPage.totalItems()).isEqualTo(6);
        assertThat(secondPage.totalPages()).isEqualTo(2);
    }

    @Test
    void upcomingAppointmentsHoldTimeAndHaveNotEnded() {
        assertThat(upcoming(new FindUpcomingAppointments(null, CLINICIAN, 10, staff(Role.NURSE, NURSE))))
                .containsExactly(MONDAY_NINE);
        assertThat(upcoming(new FindUpcomingAppointments(OTHER_PATIENT, null, 10, patientUserOf(OTHER_PATIENT))))
                .containsExactly(TUESDAY_PROPOSED);
        assertThat(upcoming(new FindUpcomingAppointments(OTHER_PATIENT, null, 10, patientUserOf(NURSES_PATIENT))))
                .isEmpty();
    }

    @Test
    void aClinicianOutsideTheOrganizationOrAskedForByAPatientIsAbsent() {
        assertThat(upcomingList(new FindUpcomingAppointments(null, ELSEWHERE_CLINICIAN, 10, staff(Role.ADMIN, ADMIN))))
                .isEmpty();
        assertThat(upcomingList(new FindUpcomingAppointments(null, CLINICIAN, 10, patientUserOf(NURSES_PATIENT))))
                .isEmpty();
        assertThat(schedule(ELSEWHERE_CLINICIAN, staff(Role.ADMIN, ADMIN))).isEmpty();
        assertThat(slots(ELSEWHERE_CLINICIAN, MONDAY, MONDAY, staff(Role.ADMIN, ADMIN))).isEmpty();
    }

    @Test
    void aCalendarKeepsCancelledAppointmentsSoSubscribersRemoveThem() {
        var calendar = queries.query(new FindCalendarAppointments(null, CLINICIAN, MONDAY_9.minusSeconds(86400),
                        MONDAY_9.plusSeconds(86400), staff(Role.CLINICIAN, CLINICIAN)),
                ResponseTypes.optionalInstanceOf(AppointmentList.class)).join().orElseThrow();

        assertThat(calendar.items()).extracting(AppointmentSummary::appointmentId, AppointmentSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MONDAY_NINE.value(), AppointmentStatus.BOOKED),
                        org.assertj.core.groups.Tuple.tuple(MONDAY_TEN_CANCELLED.value(), AppointmentStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple(MONDAY_ELEVEN_IN_ERROR.value(),
                                AppointmentStatus.ENTERED_IN_ERROR));
    }

    @Test
    void freeSlotsAreWorkingHoursMinusTimeHeldAndAbsences() {
        calendars.absent(CLINICIAN, new ScheduleAbsence(UUID.randomUUID(), MONDAY_9.plusSeconds(4 * 3600),
                MONDAY_9.plusSeconds(5 * 3600), "training"));

        List<AvailableSlot> monday = slots(CLINICIAN, MONDAY, MONDAY, staff(Role.ADMIN, ADMIN)).orElseThrow().slots();

        // 16 half-hours from 09:00 to 17:00 (GMT), less 09:00 (booked) and 13:00-14:00 (absent); the cancelled 10:00
        // and the 11:00 entered in error hold no time
        assertThat(monday).hasSize(13);
        assertThat(monday).extracting(AvailableSlot::start).doesNotContain(MONDAY_9, MONDAY_9.plusSeconds(4 * 3600),
                MONDAY_9.plusSeconds(4 * 3600 + 1800)).contains(MONDAY_9.plusSeconds(3600), MONDAY_9.plusSeconds(7200));
        assertThat(monday.get(0)).isEqualTo(new AvailableSlot(MONDAY_9.plusSeconds(1800), MONDAY_9.plusSeconds(3600)));
    }

    @Test
    void aPatientsRequestHoldsItsClinciansTimeAndPatientsMayLookForSlots() {
        LocalDate tuesday = MONDAY.plusDays(1);
        var slots = slots(OTHER_CLINICIAN, tuesday, tuesday, patientUserOf(NURSES_PATIENT)).orElseThrow();

        assertThat(slots.slots()).hasSize(15);
        assertThat(slots.slots()).extracting(AvailableSlot::start).doesNotContain(MONDAY_9.plusSeconds(86400));
        assertThat(slots.timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void slotsAreNeverOfferedInThePast() {
        var slots = slots(CLINICIAN, MONDAY.minusDays(7), MONDAY, staff(Role.ADMIN, ADMIN)).orElseThrow().slots();

        assertThat(slots).isNotEmpty().allSatisfy(slot -> assertThat(slot.start()).isAfter(AppointmentEvents.NOW));
        assertThat(slots).hasSize(15);
    }

    @Test
    void aClinicianDayShowsHoursAppointmentsAbsencesAndFreeSlots() {
        var absence = new ScheduleAbsence(UUID.randomUUID(), MONDAY_9.plusSeconds(6 * 3600),
                MONDAY_9.plusSeconds(30 * 3600), "course");
        calendars.absent(CLINICIAN, absence);

        ClinicianSchedule day = schedule(CLINICIAN, staff(Role.NURSE, NURSE)).orElseThrow();

        assertThat(day.workingPeriods()).containsExactly(new SchedulePeriod(MONDAY_9, MONDAY_9.plusSeconds(8 * 3600)));
        assertThat(day.appointments()).extracting(AppointmentSummary::appointmentId)
                .containsExactly(MONDAY_NINE.value(), MONDAY_TEN_CANCELLED.value());
        assertThat(day.absences()).containsExactly(absence);
        assertThat(day.freeSlots()).hasSize(11).last().extracting(AvailableSlot::end)
                .isEqualTo(MONDAY_9.plusSeconds(6 * 3600));
        assertThat(schedule(CLINICIAN, patientUserOf(NURSES_PATIENT))).isEmpty();
    }

    @Test
    void ratesCountCancellationsAndNoShowsPerClinicianAndMonth() {
        var rates = queries.query(new GetAppointmentRates(null, YearMonth.of(2026, 2), YearMonth.of(2026, 3),
                staff(Role.ADMIN, ADMIN)), ResponseTypes.instanceOf(AppointmentRates.class)).join();

        assertThat(rates.timeZone()).isEqualTo("Europe/London");
        assertThat(rates.rates()).containsExactly(
                new AppointmentRate(CLINICIAN.value(), LocalDate.of(2026, 2, 1), 2, 1, 0, 1, 0.0, 0.5),
                new AppointmentRate(CLINICIAN.value(), LocalDate.of(2026, 3, 1), 2, 0, 1, 0, 0.5, null),
                new AppointmentRate(OTHER_CLINICIAN.value(), LocalDate.of(2026, 3, 1), 1, 0, 0, 0, 0.0, null));
    }

    @Test
    void ratesOfOneClinicianAndNoneForPatients() {
        var ofOne = queries.query(new GetAppointmentRates(OTHER_CLINICIAN, YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                staff(Role.CLINICIAN, CLINICIAN)), ResponseTypes.instanceOf(AppointmentRates.class)).join();
        var forPatient = queries.query(new GetAppointmentRates(null, YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                patientUserOf(NURSES_PATIENT)), ResponseTypes.instanceOf(AppointmentRates.class)).join();

        assertThat(ofOne.rates()).extracting(AppointmentRate::clinicianId).containsExactly(OTHER_CLINICIAN.value());
        assertThat(forPatient.rates()).isEmpty();
    }

    private AppointmentPage list(Actor viewer, PatientId patient, UserId clinician, Set<AppointmentStatus> statuses) {
        return queries.query(new FindAppointments(patient, clinician, null, null, statuses, 0, 20, viewer),
                ResponseTypes.instanceOf(AppointmentPage.class)).join();
    }

    private Optional<AppointmentDetails> find(AppointmentId id, Actor viewer) {
        return queries.query(new FindAppointmentById(id, viewer),
                ResponseTypes.optionalInstanceOf(AppointmentDetails.class)).join();
    }

    private Optional<AppointmentList> upcomingList(FindUpcomingAppointments query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(AppointmentList.class)).join();
    }

    private List<AppointmentId> upcoming(FindUpcomingAppointments query) {
        return upcomingList(query).orElseThrow().items().stream()
                .map(AppointmentSummary::appointmentId).map(AppointmentId::new).toList();
    }

    private Optional<AvailableSlots> slots(UserId clinician, LocalDate from, LocalDate to, Actor viewer) {
        return queries.query(new FindAvailableSlots(clinician, from, to, viewer),
                ResponseTypes.optionalInstanceOf(AvailableSlots.class)).join();
    }

    private Optional<ClinicianSchedule> schedule(UserId clinician, Actor viewer) {
        return queries.query(new FindClinicianSchedule(clinician, MONDAY, viewer),
                ResponseTypes.optionalInstanceOf(ClinicianSchedule.class)).join();
    }

    private static List<AppointmentId> ids(AppointmentPage page) {
        return page.items().stream().map(AppointmentSummary::appointmentId).map(AppointmentId::new).toList();
    }
}

package org.careledger.command.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentReminderFailed;
import org.careledger.api.appointment.AppointmentReminderSent;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.BookAppointment;
import org.careledger.api.appointment.CancelAppointment;
import org.careledger.api.appointment.CheckInAppointment;
import org.careledger.api.appointment.CompleteAppointment;
import org.careledger.api.appointment.ConfirmAppointment;
import org.careledger.api.appointment.MarkAppointmentEnteredInError;
import org.careledger.api.appointment.MarkNoShow;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.appointment.RecordReminderOutcome;
import org.careledger.api.appointment.RequestAppointment;
import org.careledger.api.appointment.RescheduleAppointment;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.command.appointment.AppointmentSettings.OrganizationZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentTest {
    private static final AppointmentId APPOINTMENT = AppointmentId.of("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e0001");
    private static final PatientId PATIENT = PatientId.of("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e0002");
    private static final PatientId OTHER_PATIENT = PatientId.of("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e0003");
    private static final OrganizationId ORG = OrganizationId.of("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e0004");
    private static final OrganizationId OTHER_ORG = OrganizationId.of("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e0005");
    // an organization with its own time zone (Europe/Berlin, one hour ahead of London in March)
    private static final OrganizationId BERLIN_ORG = OrganizationId.of("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e0006");

    private static final Actor NURSE = Actor.staff(user(1), Role.NURSE, ORG);
    private static final Actor CLINICIAN = Actor.staff(user(2), Role.CLINICIAN, ORG);
    private static final Actor ADMIN = Actor.staff(user(3), Role.ADMIN, ORG);
    private static final Actor AUDITOR = Actor.staff(user(4), Role.AUDITOR, ORG);
    private static final Actor DEVICE = Actor.staff(user(5), Role.DEVICE, ORG);
    private static final Actor PATIENT_USER = new Actor(user(6), Role.PATIENT, ORG, PATIENT);
    private static final Actor OTHER_PATIENT_USER = new Actor(user(7), Role.PATIENT, ORG, OTHER_PATIENT);
    private static final Actor FOREIGN_ADMIN = Actor.staff(user(8), Role.ADMIN, OTHER_ORG);
    private static final UserId DOCTOR = user(9);
    private static final StaffMember THE_CLINICIAN = new StaffMember(DOCTOR, Role.CLINICIAN, ORG);

    // London is on GMT in early March: UTC and local time agree.
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Instant START = Instant.parse("2026-03-11T10:00:00Z");
    private static final String REASON = "chest pain on exertion";
    private static final String LINK = "https://meet.example.org/room/42";
    private static final AppointmentSettings SETTINGS = new AppointmentSettings(ZoneId.of("Europe/London"),
            Duration.ofMinutes(15), Map.of(BERLIN_ORG.value(), new OrganizationZone(ZoneId.of("Europe/Berlin"))));
    private static final Parties PARTIES = new Parties(ORG, false, THE_CLINICIAN);

    private static final AppointmentBooked BOOKED = new AppointmentBooked(APPOINTMENT, PATIENT, ORG, DOCTOR,
            AppointmentType.CONSULTATION, START, 30, REASON, null, false, NURSE.userId());
    private static final AppointmentRequested REQUESTED = new AppointmentRequested(APPOINTMENT, PATIENT, ORG, DOCTOR,
            AppointmentType.FOLLOW_UP, START, 20, REASON, PATIENT_USER.userId());
    private static final PatientCheckedIn CHECKED_IN = new PatientCheckedIn(APPOINTMENT, PATIENT, NURSE.userId());
    private static final AppointmentFulfilled FULFILLED = new AppointmentFulfilled(APPOINTMENT, PATIENT, CLINICIAN.userId());
    private static final AppointmentCancelled CANCELLED = new AppointmentCancelled(APPOINTMENT, PATIENT, "unwell", ADMIN.userId());
    private static final AppointmentNoShow NO_SHOW = new AppointmentNoShow(APPOINTMENT, PATIENT, null);
    private static final AppointmentEnteredInError IN_ERROR =
            new AppointmentEnteredInError(APPOINTMENT, PATIENT, "duplicate", ADMIN.userId());

    private FixtureConfiguration<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
        fixture.registerInjectableResource(SETTINGS);
    }

    // booking

    @ParameterizedTest
    @MethodSource("staff")
    void staffBookAnAppointment(Actor staff) {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(book(AppointmentType.CONSULTATION, START, 30, null, staff),
                        PARTIES, Availability.FREE))
                .expectEvents(new AppointmentBooked(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.CONSULTATION,
                        START, 30, REASON, null, false, staff.userId()));
    }

    @ParameterizedTest
    @MethodSource("notStaff")
    void patientsAuditorsAndDevicesDoNotBook(Actor actor) {
        bookingRefused(book(actor), PARTIES, Availability.FREE, ActionNotPermitted.class);
    }

    @Test
    void staffBookOnlyInTheirOwnOrganization() {
        var cmd = new BookAppointment(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.CONSULTATION, START, 30,
                REASON, null, FOREIGN_ADMIN);
        bookingRefused(cmd, PARTIES, Availability.FREE, ActionNotPermitted.class);
    }

    @Test
    void anUnknownPatientIsNotFound() {
        bookingRefused(book(NURSE), new Parties(null, false, THE_CLINICIAN), Availability.FREE, PatientNotFound.class);
    }

    @Test
    void aPatientOfAnotherOrganizationIsNotFound() {
        bookingRefused(book(NURSE), new Parties(OTHER_ORG, false, THE_CLINICIAN), Availability.FREE, PatientNotFound.class);
    }

    @Test
    void aDischargedPatientGetsNoAppointment() {
        bookingRefused(book(NURSE), new Parties(ORG, true, THE_CLINICIAN), Availability.FREE, PatientIsDischarged.class);
    }

    static Stream<Named<StaffMember>> notClinicians() {
        return Stream.of(Named.of("unknown user", null),
                Named.of("a nurse", new StaffMember(DOCTOR, Role.NURSE, ORG)),
                Named.of("an administrator", new StaffMember(DOCTOR, Role.ADMIN, ORG)),
                Named.of("a clinician of another organization", new StaffMember(DOCTOR, Role.CLINICIAN, OTHER_ORG)));
    }

    @ParameterizedTest
    @MethodSource("notClinicians")
    void theClinicianMustBeAClinicianOfTheOrganization(StaffMember clinician) {
        bookingRefused(book(NURSE), new Parties(ORG, false, clinician), Availability.FREE, NotAClinician.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 481, 1440})
    void aDurationOutside5To480MinutesIsRefused(int minutes) {
        bookingRefused(book(AppointmentType.CONSULTATION, START, minutes, null, NURSE), PARTIES, Availability.FREE,
                InvalidValue.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 480})
    void fiveAndFourHundredEightyMinutesAreAccepted(int minutes) {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(book(AppointmentType.CONSULTATION, START, minutes, null, NURSE),
                        PARTIES, Availability.FREE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStartInThePastIsRefused() {
        bookingRefused(book(AppointmentType.CONSULTATION, NOW.minusSeconds(60), 30, null, NURSE), PARTIES,
                Availability.FREE, StartInPast.class);
    }

    @Test
    void aStartRightNowIsRefused() {
        bookingRefused(book(AppointmentType.CONSULTATION, NOW, 30, null, NURSE), PARTIES, Availability.FREE,
                StartInPast.class);
    }

    @Test
    void aVideoAppointmentCarriesItsHttpsLink() {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(book(AppointmentType.VIDEO, START, 30, LINK, NURSE), PARTIES,
                        Availability.FREE))
                .expectEvents(new AppointmentBooked(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.VIDEO, START, 30,
                        REASON, LINK, false, NURSE.userId()));
    }

    static Stream<Named<BookAppointment>> badLinks() {
        return Stream.of(Named.of("video without link", book(AppointmentType.VIDEO, START, 30, null, NURSE)),
                Named.of("video with an http link", book(AppointmentType.VIDEO, START, 30, "http://meet.example.org/1", NURSE)),
                Named.of("video with no host", book(AppointmentType.VIDEO, START, 30, "https:///room", NURSE)),
                Named.of("consultation with a link", book(AppointmentType.CONSULTATION, START, 30, LINK, NURSE)));
    }

    @ParameterizedTest
    @MethodSource("badLinks")
    void onlyVideoAppointmentsCarryALinkAndItIsHttps(BookAppointment cmd) {
        bookingRefused(cmd, PARTIES, Availability.FREE, InvalidValue.class);
    }

    @Test
    void aReasonLongerThanTheLimitIsRefused() {
        var cmd = new BookAppointment(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.CONSULTATION, START, 30,
                "x".repeat(AppointmentTerms.REASON_LIMIT + 1), null, NURSE);
        bookingRefused(cmd, PARTIES, Availability.FREE, InvalidValue.class);
    }

    @Test
    void aBusyClinicianIsNotDoubleBooked() {
        bookingRefused(book(NURSE), PARTIES, new Availability(true, false), ClinicianDoubleBooked.class);
    }

    @Test
    void aBusyPatientIsNotDoubleBooked() {
        bookingRefused(book(NURSE), PARTIES, new Availability(false, true), PatientDoubleBooked.class);
    }

    // requests by patients

    @Test
    void aPatientRequestsAnAppointmentForThemselves() {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(request(PATIENT, PATIENT_USER), PARTIES, Availability.FREE))
                .expectEvents(REQUESTED);
    }

    @Test
    void aPatientDoesNotRequestForSomeoneElse() {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(request(PATIENT, OTHER_PATIENT_USER), PARTIES, Availability.FREE))
                .expectNoEvents().expectException(PatientNotFound.class);
    }

    @Test
    void staffBookRatherThanRequest() {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(request(PATIENT, NURSE), PARTIES, Availability.FREE))
                .expectNoEvents().expectException(ActionNotPermitted.class);
    }

    @Test
    void aRequestFollowsTheDoubleBookingRule() {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(request(PATIENT, PATIENT_USER), PARTIES, new Availability(true, false)))
                .expectNoEvents().expectException(ClinicianDoubleBooked.class);
    }

    // confirmation

    @Test
    void staffConfirmARequestWhichBooksItWithEveryDetail() {
        fixture.givenCurrentTime(NOW).andGiven(REQUESTED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(new ConfirmAppointment(APPOINTMENT, null, 0L, NURSE),
                        Availability.FREE))
                .expectEvents(new AppointmentBooked(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.FOLLOW_UP, START,
                        20, REASON, null, true, NURSE.userId()));
    }

    @Test
    void aVideoRequestIsConfirmedWithItsLink() {
        var video = new AppointmentRequested(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.VIDEO, START, 20, REASON,
                PATIENT_USER.userId());
        fixture.givenCurrentTime(NOW).andGiven(video)
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(new ConfirmAppointment(APPOINTMENT, null, null, NURSE),
                        Availability.FREE))
                .expectNoEvents().expectException(InvalidValue.class);
        fixture.givenCurrentTime(NOW).andGiven(video)
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(new ConfirmAppointment(APPOINTMENT, LINK, null, NURSE),
                        Availability.FREE))
                .expectEvents(new AppointmentBooked(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.VIDEO, START, 20,
                        REASON, LINK, true, NURSE.userId()));
    }

    @Test
    void onlyARequestIsConfirmed() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(new ConfirmAppointment(APPOINTMENT, null, null, NURSE),
                        Availability.FREE))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    @Test
    void aRequestWhoseTimeHasPassedIsNotConfirmed() {
        fixture.givenCurrentTime(NOW).andGiven(REQUESTED).andGivenCurrentTime(START.plusSeconds(1))
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(new ConfirmAppointment(APPOINTMENT, null, null, NURSE),
                        Availability.FREE))
                .expectNoEvents().expectException(StartInPast.class);
    }

    @Test
    void confirmingFollowsTheDoubleBookingRule() {
        fixture.givenCurrentTime(NOW).andGiven(REQUESTED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(new ConfirmAppointment(APPOINTMENT, null, null, NURSE),
                        new Availability(false, true)))
                .expectNoEvents().expectException(PatientDoubleBooked.class);
    }

    @Test
    void aPatientDoesNotConfirmTheirOwnRequest() {
        fixture.givenCurrentTime(NOW).andGiven(REQUESTED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.confirm(
                        new ConfirmAppointment(APPOINTMENT, null, null, PATIENT_USER), Availability.FREE))
                .expectNoEvents().expectException(ActionNotPermitted.class);
    }

    // rescheduling

    @Test
    void aBookedAppointmentMovesRememberingItsPreviousStart() {
        Instant later = START.plus(Duration.ofHours(3));
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(later, 45, CLINICIAN), Availability.FREE))
                .expectEvents(new AppointmentRescheduled(APPOINTMENT, PATIENT, DOCTOR, later, 45, START, CLINICIAN.userId()));
    }

    @Test
    void aRequestMovesToo() {
        Instant later = START.plus(Duration.ofDays(1));
        fixture.givenCurrentTime(NOW).andGiven(REQUESTED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(later, 20, ADMIN), Availability.FREE))
                .expectEvents(new AppointmentRescheduled(APPOINTMENT, PATIENT, DOCTOR, later, 20, START, ADMIN.userId()));
    }

    static Stream<Named<Object[]>> finishedOrUnderway() {
        return Stream.of(Named.of("checked in", new Object[] {BOOKED, CHECKED_IN}),
                Named.of("fulfilled", new Object[] {BOOKED, CHECKED_IN, FULFILLED}),
                Named.of("cancelled", new Object[] {BOOKED, CANCELLED}),
                Named.of("no-show", new Object[] {BOOKED, NO_SHOW}),
                Named.of("entered in error", new Object[] {BOOKED, IN_ERROR}));
    }

    @ParameterizedTest
    @MethodSource("finishedOrUnderway")
    void onlyProposedAndBookedAppointmentsMove(Object[] history) {
        fixture.givenCurrentTime(NOW).andGiven(history)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(START.plus(Duration.ofDays(1)), 30, NURSE),
                        Availability.FREE))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    @Test
    void anAppointmentDoesNotMoveIntoThePast() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(NOW.minusSeconds(1), 30, NURSE),
                        Availability.FREE))
                .expectNoEvents().expectException(StartInPast.class);
    }

    @Test
    void reschedulingFollowsTheDoubleBookingRule() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(START.plusSeconds(3600), 30, NURSE),
                        new Availability(true, false)))
                .expectNoEvents().expectException(ClinicianDoubleBooked.class);
    }

    @Test
    void reschedulingKeepsTheDurationLimits() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(START, 481, NURSE), Availability.FREE))
                .expectNoEvents().expectException(InvalidValue.class);
    }

    @Test
    void aPatientDoesNotReschedule() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .whenInvoking(APPOINTMENT.toString(), a -> a.reschedule(reschedule(START.plusSeconds(3600), 30, PATIENT_USER),
                        Availability.FREE))
                .expectNoEvents().expectException(ActionNotPermitted.class);
    }

    // check-in and completion

    @Test
    void aPatientChecksInOnTheDayOfTheAppointment() {
        fixture.givenCurrentTime(START.minus(Duration.ofHours(9))).andGiven(BOOKED)
                .when(new CheckInAppointment(APPOINTMENT, 0L, NURSE))
                .expectEvents(CHECKED_IN).expectResultMessagePayload(1L);
    }

    @Test
    void aLateArrivalOnTheSameDayStillChecksIn() {
        fixture.givenCurrentTime(START.plus(Duration.ofHours(2))).andGiven(BOOKED)
                .when(new CheckInAppointment(APPOINTMENT, null, ADMIN))
                .expectEvents(new PatientCheckedIn(APPOINTMENT, PATIENT, ADMIN.userId()));
    }

    @Test
    void checkInTheDayBeforeIsRefused() {
        fixture.givenCurrentTime(START.minus(Duration.ofHours(11))).andGiven(BOOKED)
                .when(new CheckInAppointment(APPOINTMENT, null, NURSE))
                .expectNoEvents().expectException(CheckInNotOnTheDay.class);
    }

    @Test
    void theDayIsJudgedInTheOrganizationsOwnZone() {
        // 00:30 UTC on the 11th is 01:30 in Berlin; at 23:15 UTC on the 10th it is already the 11th there, not in London
        Instant start = Instant.parse("2026-03-11T00:30:00Z");
        Instant now = Instant.parse("2026-03-10T23:15:00Z");
        var inBerlin = new AppointmentBooked(APPOINTMENT, PATIENT, BERLIN_ORG, DOCTOR, AppointmentType.CONSULTATION,
                start, 30, REASON, null, false, NURSE.userId());
        var inLondon = new AppointmentBooked(APPOINTMENT, PATIENT, ORG, DOCTOR, AppointmentType.CONSULTATION, start, 30,
                REASON, null, false, NURSE.userId());
        Actor berlinNurse = Actor.staff(NURSE.userId(), Role.NURSE, BERLIN_ORG);

        fixture.givenCurrentTime(now).andGiven(inBerlin)
                .when(new CheckInAppointment(APPOINTMENT, null, berlinNurse))
                .expectEvents(CHECKED_IN);
        fixture.givenCurrentTime(now).andGiven(inLondon)
                .when(new CheckInAppointment(APPOINTMENT, null, NURSE))
                .expectNoEvents().expectException(CheckInNotOnTheDay.class);
    }

    @Test
    void onlyABookedAppointmentIsCheckedIn() {
        fixture.givenCurrentTime(START).andGiven(REQUESTED)
                .when(new CheckInAppointment(APPOINTMENT, null, NURSE))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
        fixture.givenCurrentTime(START).andGiven(BOOKED, CHECKED_IN)
                .when(new CheckInAppointment(APPOINTMENT, null, NURSE))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    @Test
    void aPatientDoesNotCheckThemselvesIn() {
        fixture.givenCurrentTime(START).andGiven(BOOKED)
                .when(new CheckInAppointment(APPOINTMENT, null, PATIENT_USER))
                .expectNoEvents().expectException(ActionNotPermitted.class);
    }

    @Test
    void aCheckedInAppointmentIsFulfilled() {
        fixture.givenCurrentTime(START).andGiven(BOOKED, CHECKED_IN)
                .when(new CompleteAppointment(APPOINTMENT, 1L, CLINICIAN))
                .expectEvents(FULFILLED).expectResultMessagePayload(2L);
    }

    @Test
    void anAppointmentNobodyCheckedInIsNotFulfilled() {
        fixture.givenCurrentTime(START).andGiven(BOOKED)
                .when(new CompleteAppointment(APPOINTMENT, null, CLINICIAN))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    // cancellation

    @ParameterizedTest
    @MethodSource("staff")
    void staffCancelSayingWhy(Actor staff) {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new CancelAppointment(APPOINTMENT, "  clinic closed ", null, staff))
                .expectEvents(new AppointmentCancelled(APPOINTMENT, PATIENT, "clinic closed", staff.userId()));
    }

    @Test
    void aPatientCancelsTheirOwnRequest() {
        fixture.givenCurrentTime(NOW).andGiven(REQUESTED)
                .when(new CancelAppointment(APPOINTMENT, "feeling better", null, PATIENT_USER))
                .expectEvents(new AppointmentCancelled(APPOINTMENT, PATIENT, "feeling better", PATIENT_USER.userId()));
    }

    @Test
    void anotherPatientsAppointmentIsNotFound() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new CancelAppointment(APPOINTMENT, "x", null, OTHER_PATIENT_USER))
                .expectNoEvents().expectException(AppointmentNotFound.class);
    }

    @Test
    void aCancellationNeedsAReason() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new CancelAppointment(APPOINTMENT, " ", null, NURSE))
                .expectNoEvents().expectException(InvalidValue.class);
    }

    @ParameterizedTest
    @MethodSource("finishedOrUnderway")
    void onlyProposedAndBookedAppointmentsAreCancelled(Object[] history) {
        fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new CancelAppointment(APPOINTMENT, "x", null, NURSE))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    // no-show

    @Test
    void theNoShowProcessMarksItOnceTheGracePeriodHasPassed() {
        fixture.givenCurrentTime(START.plus(Duration.ofMinutes(15))).andGiven(BOOKED)
                .when(new MarkNoShow(APPOINTMENT, null))
                .expectEvents(NO_SHOW);
    }

    @Test
    void staffMarkANoShowWithTheirName() {
        fixture.givenCurrentTime(START.plus(Duration.ofHours(1))).andGiven(BOOKED)
                .when(new MarkNoShow(APPOINTMENT, 0L, NURSE))
                .expectEvents(new AppointmentNoShow(APPOINTMENT, PATIENT, NURSE.userId()));
    }

    @Test
    void aNoShowWithinTheGracePeriodIsTooEarly() {
        fixture.givenCurrentTime(START.plus(Duration.ofMinutes(15)).minusSeconds(1)).andGiven(BOOKED)
                .when(new MarkNoShow(APPOINTMENT, null))
                .expectNoEvents().expectException(NoShowTooEarly.class);
    }

    @Test
    void aCheckedInPatientIsNoNoShow() {
        fixture.givenCurrentTime(START.plus(Duration.ofHours(1))).andGiven(BOOKED, CHECKED_IN)
                .when(new MarkNoShow(APPOINTMENT, null))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    @Test
    void aPatientDoesNotMarkANoShow() {
        fixture.givenCurrentTime(START.plus(Duration.ofHours(1))).andGiven(BOOKED)
                .when(new MarkNoShow(APPOINTMENT, PATIENT_USER))
                .expectNoEvents().expectException(ActionNotPermitted.class);
    }

    // entered in error

    static Stream<Named<Object[]>> notFinal() {
        return Stream.of(Named.of("proposed", new Object[] {REQUESTED}), Named.of("booked", new Object[] {BOOKED}),
                Named.of("checked in", new Object[] {BOOKED, CHECKED_IN}));
    }

    @ParameterizedTest
    @MethodSource("notFinal")
    void anAppointmentThatIsNotFinishedIsMarkedEnteredInError(Object[] history) {
        fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new MarkAppointmentEnteredInError(APPOINTMENT, "duplicate", ADMIN))
                .expectEvents(IN_ERROR);
    }

    static Stream<Named<Object[]>> finalStates() {
        return Stream.of(Named.of("fulfilled", new Object[] {BOOKED, CHECKED_IN, FULFILLED}),
                Named.of("cancelled", new Object[] {BOOKED, CANCELLED}),
                Named.of("no-show", new Object[] {BOOKED, NO_SHOW}),
                Named.of("entered in error", new Object[] {BOOKED, IN_ERROR}));
    }

    @ParameterizedTest
    @MethodSource("finalStates")
    void aFinishedAppointmentIsNotMarkedEnteredInError(Object[] history) {
        fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new MarkAppointmentEnteredInError(APPOINTMENT, "duplicate", ADMIN))
                .expectNoEvents().expectException(TransitionNotAllowed.class);
    }

    @Test
    void enteredInErrorNeedsAReasonAndStaff() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new MarkAppointmentEnteredInError(APPOINTMENT, null, ADMIN))
                .expectNoEvents().expectException(InvalidValue.class);
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new MarkAppointmentEnteredInError(APPOINTMENT, "duplicate", PATIENT_USER))
                .expectNoEvents().expectException(ActionNotPermitted.class);
    }

    // visibility and versions

    @Test
    void anotherOrganizationsAppointmentIsNotFoundWhateverTheVersion() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new CancelAppointment(APPOINTMENT, "x", 9L, FOREIGN_ADMIN))
                .expectNoEvents().expectException(AppointmentNotFound.class);
    }

    @Test
    void aStaleVersionIsRefusedBeforeTheRoleAndTheState() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED, CANCELLED)
                .when(new CompleteAppointment(APPOINTMENT, 0L, PATIENT_USER))
                .expectNoEvents().expectException(VersionMismatch.class);
    }

    @Test
    void theCurrentVersionIsAccepted() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new CancelAppointment(APPOINTMENT, "x", 0L, NURSE))
                .expectSuccessfulHandlerExecution().expectResultMessagePayload(1L);
    }

    // reminder outcomes

    @Test
    void aSentReminderIsRecorded() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new RecordReminderOutcome(APPOINTMENT, 1440, PATIENT_USER.userId(), NotificationChannel.SMS, 1,
                        DeliveryState.DELIVERED, null))
                .expectEvents(new AppointmentReminderSent(APPOINTMENT, PATIENT, 1440, PATIENT_USER.userId(),
                        NotificationChannel.SMS, 1, DeliveryState.DELIVERED));
    }

    @Test
    void aFailedReminderIsRecordedEvenAfterCancellation() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED, CANCELLED)
                .when(new RecordReminderOutcome(APPOINTMENT, 60, PATIENT_USER.userId(), NotificationChannel.EMAIL, 2,
                        null, "mailbox full"))
                .expectEvents(new AppointmentReminderFailed(APPOINTMENT, PATIENT, 60, PATIENT_USER.userId(),
                        NotificationChannel.EMAIL, 2, "mailbox full"));
    }

    @Test
    void aReminderOutcomeIsEitherSentOrFailed() {
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new RecordReminderOutcome(APPOINTMENT, 60, PATIENT_USER.userId(), NotificationChannel.SMS, 1,
                        DeliveryState.DELIVERED, "and failed"))
                .expectNoEvents().expectException(InvalidValue.class);
        fixture.givenCurrentTime(NOW).andGiven(BOOKED)
                .when(new RecordReminderOutcome(APPOINTMENT, 0, PATIENT_USER.userId(), NotificationChannel.SMS, 1,
                        DeliveryState.DELIVERED, null))
                .expectNoEvents().expectException(InvalidValue.class);
    }

    static Stream<Named<Actor>> staff() {
        return Stream.of(Named.of("nurse", NURSE), Named.of("clinician", CLINICIAN), Named.of("admin", ADMIN));
    }

    static Stream<Named<Actor>> notStaff() {
        return Stream.of(Named.of("patient", PATIENT_USER), Named.of("auditor", AUDITOR), Named.of("device", DEVICE));
    }

    private void bookingRefused(BookAppointment cmd, Parties parties, Availability availability,
            Class<? extends Throwable> refusal) {
        fixture.givenCurrentTime(NOW)
                .whenConstructing(() -> new Appointment(cmd, parties, availability))
                .expectNoEvents().expectException(refusal);
    }

    private static BookAppointment book(Actor by) {
        return book(AppointmentType.CONSULTATION, START, 30, null, by);
    }

    private static BookAppointment book(AppointmentType type, Instant start, int minutes, String link, Actor by) {
        return new BookAppointment(APPOINTMENT, PATIENT, ORG, DOCTOR, type, start, minutes, REASON, link, by);
    }

    private static RequestAppointment request(PatientId patient, Actor by) {
        return new RequestAppointment(APPOINTMENT, patient, ORG, DOCTOR, AppointmentType.FOLLOW_UP, START, 20, REASON, by);
    }

    private static RescheduleAppointment reschedule(Instant start, int minutes, Actor by) {
        return new RescheduleAppointment(APPOINTMENT, start, minutes, null, by);
    }

    private static UserId user(int n) {
        return new UserId(UUID.fromString(String.format("8e1d4b2a-6c3f-4a9e-b7d1-2f5c8a0e1%03d", n)));
    }
}

package org.careledger.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.analytics.AlertCounts;
import org.careledger.api.analytics.DayRange;
import org.careledger.api.analytics.FindOrganizationActivity;
import org.careledger.api.analytics.FindPatientActivity;
import org.careledger.api.analytics.OrganizationDay;
import org.careledger.api.analytics.PatientActivity;
import org.careledger.api.analytics.PatientDay;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analytics projections fed with events as Axon's processors deliver them (sequence number and timestamp from the
 * message), and their figures as the query handler counts them: a scenario of two weeks in March with
 * two patients of one organization, one of another, alerts and appointments; then the same events delivered twice,
 * and a reset followed by a replay from the first event.
 */
abstract class AnalyticsScenario {
    private static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());
    private static final OrganizationId OTHER_ORG = new OrganizationId(UUID.randomUUID());
    private static final PatientId ADA = PatientId.newId();
    private static final PatientId BEN = PatientId.newId();
    private static final PatientId CARL = PatientId.newId();
    private static final UserId NURSE = someone();
    private static final UserId LEFT_NURSE = someone();
    private static final UserId ADMIN = someone();
    private static final DayRange MARCH_1_TO_11 = new DayRange(day(1), day(11)); // the clock says 10 March, noon

    @Autowired PatientActivityProjection patients;
    @Autowired AlertActivityProjection alerts;
    @Autowired AppointmentActivityProjection appointments;
    @Autowired AnalyticsQueries queries;

    private final List<DomainEventMessage<?>> history = new ArrayList<>();
    private List<AnnotationEventHandlerAdapter> handlers;

    @BeforeEach
    void givenTheScenarioDeliveredOnce() throws Exception {
        handlers = List.of(new AnnotationEventHandlerAdapter(patients), new AnnotationEventHandlerAdapter(alerts),
                new AnnotationEventHandlerAdapter(appointments));
        reset();
        scenario();
        deliver(history);
    }

    @Test
    void aPatientsDaysCountReadingsOnTheDayObservedAlertsBySeverityAndCheckIns() {
        List<PatientDay> days = adaAs(staff(Role.NURSE, NURSE)).days();

        assertThat(days).extracting(PatientDay::day).containsExactlyElementsOf(MARCH_1_TO_11.days().toList());
        assertThat(days.get(0)).isEqualTo(new PatientDay(day(1), 0, null, AlertCounts.NONE, 0, false));
        // the 23:50 reading was recorded after midnight but counts on the day it was observed
        assertThat(days.get(1)).isEqualTo(new PatientDay(day(2), 2, 7, AlertCounts.of(0, 0, 0, 1), 2, true));
        assertThat(days.get(2)).isEqualTo(new PatientDay(day(3), 0, null, AlertCounts.of(1, 0, 1, 0), 0, true));
        assertThat(days.get(3)).isEqualTo(new PatientDay(day(4), 0, null, AlertCounts.NONE, 1, true));
        assertThat(days.get(4).checkInExpected()).isTrue();
        assertThat(days.get(5).checkInExpected()).as("discharge day").isFalse();
    }

    @Test
    void adherenceCountsTheDaysStrictlyBetweenRegistrationAndDischargeThatHadACheckIn() {
        var adherence = adaAs(staff(Role.AUDITOR, ADMIN)).checkInAdherence();

        assertThat(adherence.expectedDays()).isEqualTo(4); // 2 to 5 March
        assertThat(adherence.daysWithCheckIn()).isEqualTo(2); // 2 and 4 March; two on the 2nd count once
        assertThat(adherence.rate()).isEqualTo(0.5);
    }

    @Test
    void theOrganizationsDaysCountMonitoredPatientsAlertsAndTheExactMedianTimeToAcknowledge() {
        List<OrganizationDay> days = organization();

        assertThat(days).extracting(OrganizationDay::patientsMonitored)
                .containsExactly(1L, 1L, 2L, 2L, 2L, 2L, 1L, 1L, 1L, 1L, 0L); // Ben from the 3rd, Ada to the 6th
        assertThat(days.get(1).alertsRaised()).isEqualTo(AlertCounts.of(0, 0, 0, 1));
        assertThat(days.get(2).alertsRaised()).isEqualTo(AlertCounts.of(1, 1, 1, 0));
        assertThat(days.get(1).alertsAcknowledged()).isZero();
        assertThat(days.get(1).medianSecondsToAcknowledge()).isNull();
        // acknowledged on the 3rd after 120, 300, 600 and 1200 s: the mean of the middle two
        assertThat(days.get(2).alertsAcknowledged()).isEqualTo(4);
        assertThat(days.get(2).medianSecondsToAcknowledge()).isEqualTo(450.0);
    }

    @Test
    void appointmentsCountOnTheDayBookedAndNoShowsOnTheDayDue() {
        List<OrganizationDay> days = organization();

        assertThat(days.get(1).appointmentsBooked()).isEqualTo(2);
        assertThat(days.get(2).appointmentsBooked()).as("the one entered in error is left out").isEqualTo(2);
        assertThat(days.get(3).appointmentsAttended() + days.get(3).noShows()).as("rescheduled away").isZero();
        OrganizationDay fifth = days.get(4);
        assertThat(fifth.appointmentsAttended()).isEqualTo(2); // one fulfilled, one checked in
        assertThat(fifth.noShows()).isEqualTo(1);
        assertThat(fifth.noShowRate()).isEqualTo(1.0 / 3);
        assertThat(days.get(0).noShowRate()).isNull();
    }

    @Test
    void everyEventDeliveredTwiceLeavesTheSameFigures() throws Exception {
        var patientBefore = adaAs(staff(Role.ADMIN, ADMIN));
        var organizationBefore = organization();

        deliver(history);

        assertThat(adaAs(staff(Role.ADMIN, ADMIN))).isEqualTo(patientBefore);
        assertThat(organization()).isEqualTo(organizationBefore);
    }

    @Test
    void aResetEmptiesTheFiguresAndAReplayFromTheFirstEventRestoresThem() throws Exception {
        var patientBefore = adaAs(staff(Role.ADMIN, ADMIN));
        var organizationBefore = organization();

        reset();
        assertThat(queries.handle(new FindPatientActivity(ADA, MARCH_1_TO_11, staff(Role.ADMIN, ADMIN)))).isEmpty();
        assertThat(organization()).allSatisfy(day -> assertThat(day.patientsMonitored() + day.alertsRaised().total()
                + day.appointmentsBooked()).isZero());

        deliver(history);

        assertThat(adaAs(staff(Role.ADMIN, ADMIN))).isEqualTo(patientBefore);
        assertThat(organization()).isEqualTo(organizationBefore);
    }

    @Test
    void aPatientsFiguresAreHiddenFromThoseWhoMayNotSeeThePatient() {
        Function<Actor, Boolean> sees = viewer ->
                queries.handle(new FindPatientActivity(ADA, MARCH_1_TO_11, viewer)).isPresent();

        assertThat(sees.apply(staff(Role.NURSE, NURSE))).isTrue();
        assertThat(sees.apply(staff(Role.AUDITOR, someone()))).isTrue();
        assertThat(sees.apply(new Actor(someone(), Role.PATIENT, ORG, ADA))).isTrue();
        assertThat(sees.apply(staff(Role.NURSE, LEFT_NURSE))).as("removed from the care team").isFalse();
        assertThat(sees.apply(staff(Role.CLINICIAN, someone()))).as("not on the care team").isFalse();
        assertThat(sees.apply(new Actor(someone(), Role.PATIENT, ORG, BEN))).isFalse();
        assertThat(sees.apply(Actor.staff(someone(), Role.ADMIN, OTHER_ORG))).isFalse();
        assertThat(sees.apply(staff(Role.DEVICE, someone()))).isFalse();
        assertThat(queries.handle(new FindPatientActivity(PatientId.newId(), MARCH_1_TO_11, staff(Role.ADMIN, ADMIN))))
                .isEmpty();
    }

    @Test
    void anotherOrganizationsPatientsNeverCount() {
        var other = queries.handle(new FindOrganizationActivity(MARCH_1_TO_11, Actor.staff(ADMIN, Role.ADMIN, OTHER_ORG)));

        assertThat(other.days().get(0).patientsMonitored()).isEqualTo(1); // Carl alone
        assertThat(other.days()).allSatisfy(day -> assertThat(day.alertsRaised().total()).isZero());
    }

    private void scenario() {
        patient(ADA, 0, at(1, "08:00"), registered(ADA, ORG));
        patient(ADA, 1, at(1, "08:05"), new CareTeamMemberAssigned(ADA, NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN));
        patient(ADA, 2, at(1, "08:06"),
                new CareTeamMemberAssigned(ADA, LEFT_NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN));
        patient(ADA, 3, at(1, "09:00"), new CareTeamMemberRemoved(ADA, LEFT_NURSE, ADMIN));
        patient(ADA, 4, at(2, "09:05"), vitals(ADA, 3, at(2, "09:00")));
        patient(ADA, 5, at(3, "00:10"), vitals(ADA, 7, at(2, "23:50")));
        patient(ADA, 6, at(2, "10:00"), checkIn(ADA));
        patient(ADA, 7, at(2, "18:00"), checkIn(ADA));
        patient(ADA, 8, at(4, "09:00"), checkIn(ADA));
        patient(ADA, 9, at(6, "12:00"), new PatientDischarged(ADA, ADMIN));
        patient(BEN, 0, at(3, "08:00"), registered(BEN, ORG));
        patient(CARL, 0, at(1, "07:00"), registered(CARL, OTHER_ORG));

        alert(ADA, Severity.CRITICAL, at(2, "23:55"), at(3, "00:05")); // 600 s
        alert(ADA, Severity.LOW, at(3, "10:00"), at(3, "10:02")); // 120 s
        AlertId high = alert(ADA, Severity.HIGH, at(3, "11:00"), at(3, "11:05")); // 300 s
        event("Alert", high.toString(), 2, at(3, "11:30"), new AlertRecurred(high, Severity.CRITICAL, "again", null));
        alert(BEN, Severity.MEDIUM, at(3, "12:00"), at(3, "12:20")); // 1200 s
        alert(BEN, Severity.MEDIUM, at(4, "12:00"), null);

        var fulfilled = booked(at(2, "09:00"), at(5, "10:00"));
        event("Appointment", fulfilled.toString(), 1, at(5, "10:40"), new AppointmentFulfilled(fulfilled, ADA, NURSE));
        var missed = booked(at(2, "10:00"), at(5, "11:00"));
        event("Appointment", missed.toString(), 1, at(5, "11:30"), new AppointmentNoShow(missed, ADA, null));
        var moved = booked(at(3, "09:00"), at(4, "09:00"));
        event("Appointment", moved.toString(), 1, at(3, "09:30"),
                new AppointmentRescheduled(moved, ADA, NURSE, at(5, "15:00"), 30, at(4, "09:00"), ADMIN));
        event("Appointment", moved.toString(), 2, at(5, "14:55"), new PatientCheckedIn(moved, ADA, ADMIN));
        var wrong = booked(at(3, "09:10"), at(5, "09:00"));
        event("Appointment", wrong.toString(), 1, at(3, "09:20"),
                new AppointmentEnteredInError(wrong, ADA, "duplicate", ADMIN));
        var cancelled = booked(at(3, "09:15"), at(5, "16:00"));
        event("Appointment", cancelled.toString(), 1, at(4, "08:00"),
                new AppointmentCancelled(cancelled, ADA, "feels better", ADMIN));
    }

    private PatientActivity adaAs(Actor viewer) {
        return queries.handle(new FindPatientActivity(ADA, MARCH_1_TO_11, viewer)).orElseThrow();
    }

    private List<OrganizationDay> organization() {
        return queries.handle(new FindOrganizationActivity(MARCH_1_TO_11, staff(Role.ADMIN, ADMIN))).days();
    }

    private AlertId alert(PatientId patient, Severity severity, Instant raisedAt, Instant acknowledgedAt) {
        AlertId alert = AlertId.newId();
        event("Alert", alert.toString(), 0, raisedAt,
                new AlertRaised(alert, patient, ORG, AlertType.MANUAL, severity, "finding", null));
        if (acknowledgedAt != null) {
            event("Alert", alert.toString(), 1, acknowledgedAt, new AlertAcknowledged(alert, NURSE));
        }
        return alert;
    }

    private AppointmentId booked(Instant bookedAt, Instant start) {
        AppointmentId appointment = AppointmentId.newId();
        event("Appointment", appointment.toString(), 0, bookedAt, new AppointmentBooked(appointment, ADA, ORG, NURSE,
                AppointmentType.FOLLOW_UP, start, 30, "review", null, false, ADMIN));
        return appointment;
    }

    private void patient(PatientId patient, long sequence, Instant at, Object event) {
        event("Patient", patient.toString(), sequence, at, event);
    }

    private void event(String type, String aggregate, long sequence, Instant at, Object payload) {
        history.add(new GenericDomainEventMessage<>(type, aggregate, sequence, payload, Map.of(),
                UUID.randomUUID().toString(), at));
    }

    private void deliver(List<DomainEventMessage<?>> messages) throws Exception {
        for (var message : messages) {
            for (var adapter : handlers) {
                if (adapter.canHandle(message)) {
                    adapter.handle(message);
                }
            }
        }
    }

    private void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    private static UserId someone() {
        return new UserId(UUID.randomUUID());
    }

    private static Actor staff(Role role, UserId user) {
        return Actor.staff(user, role, ORG);
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2025, 3, dayOfMarch);
    }

    private static Instant at(int dayOfMarch, String time) {
        return Instant.parse(day(dayOfMarch) + "T" + time + ":00Z");
    }

    private static PatientRegistered registered(PatientId patient, OrganizationId organization) {
        var demographics = new Demographics(new PersonName("Test", "Patient"), LocalDate.of(1950, 4, 12), Sex.FEMALE);
        return new PatientRegistered(patient, organization, new Mrn("ANL" + (100000 + (patient.hashCode() & 0xffff))),
                demographics, ContactDetails.none(), ADMIN);
    }

    private static VitalSignsRecorded vitals(PatientId patient, int news2, Instant observedAt) {
        var signs = new VitalSigns(88, 18, 96, 128, new BigDecimal("37.2"), Consciousness.ALERT, false);
        var score = new News2Score(news2, 0, 0, 0, 0, 0, 0, 0, true, News2Risk.LOW);
        return new VitalSignsRecorded(patient, signs, score, VitalSignsSource.DEVICE, observedAt, NURSE);
    }

    private static CheckInSubmitted checkIn(PatientId patient) {
        var none = SymptomSeverity.NONE;
        return new CheckInSubmitted(patient, new CheckInAnswers(none, none, none, none, none, null), NURSE);
    }

    static Clock clock() {
        return Clock.fixed(at(10, "12:00"), ZoneOffset.UTC);
    }
}

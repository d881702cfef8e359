package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.careledger.query.appointment.AppointmentEvents.ADMIN;
import static org.careledger.query.appointment.AppointmentEvents.CLINICIAN;
import static org.careledger.query.appointment.AppointmentEvents.MONDAY_9;
import static org.careledger.query.appointment.AppointmentEvents.NURSE;
import static org.careledger.query.appointment.AppointmentEvents.PATIENT;
import static org.careledger.query.appointment.AppointmentEvents.REASON;
import static org.careledger.query.appointment.AppointmentEvents.appointmentId;
import static org.careledger.query.appointment.AppointmentEvents.assigned;
import static org.careledger.query.appointment.AppointmentEvents.booked;
import static org.careledger.query.appointment.AppointmentEvents.cancelled;
import static org.careledger.query.appointment.AppointmentEvents.confirmed;
import static org.careledger.query.appointment.AppointmentEvents.requested;
import static org.careledger.query.appointment.AppointmentEvents.staff;

import java.time.Instant;
import java.util.List;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentDetails;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentHistoryEntry;
import org.careledger.api.appointment.AppointmentHistoryKind;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentReminderFailed;
import org.careledger.api.appointment.AppointmentReminderSent;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.FindAppointmentById;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppointmentProjectionTest
class AppointmentViewsProjectionTest {
    private static final AppointmentId APPOINTMENT = appointmentId(1);
    private static final Instant REQUESTED_AT = Instant.parse("2026-02-20T10:00:00Z");
    private static final Instant MOVED_TO = MONDAY_9.plusSeconds(3600);

    @Autowired AppointmentViewsProjection projection;
    @Autowired AppointmentViewRepository appointments;
    @Autowired AppointmentHistoryRepository history;
    @Autowired AppointmentCareTeamRepository careTeam;
    @Autowired AppointmentQueries queries;

    @BeforeEach
    void startEmpty() {
        projection.reset();
    }

    @Test
    void aBookingByStaffIsBookedWithEveryDetailAtTheEventsSequence() {
        projection.on(booked(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 45), 0, REQUESTED_AT);

        AppointmentDetails appointment = details();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.patientId()).isEqualTo(PATIENT.value());
        assertThat(appointment.clinicianId()).isEqualTo(CLINICIAN.value());
        assertThat(appointment.type()).isEqualTo(AppointmentType.CONSULTATION);
        assertThat(appointment.start()).isEqualTo(MONDAY_9);
        assertThat(appointment.end()).isEqualTo(MONDAY_9.plusSeconds(45 * 60));
        assertThat(appointment.reason()).isEqualTo(REASON);
        assertThat(appointment.bookedAt()).isEqualTo(REQUESTED_AT);
        assertThat(appointment.bookedBy()).isEqualTo(NURSE.value());
        assertThat(appointment.calendarSequence()).isZero();
        assertThat(appointment.version()).isZero();
        assertThat(appointment.history()).singleElement().extracting(AppointmentHistoryEntry::kind,
                AppointmentHistoryEntry::actorId, AppointmentHistoryEntry::start)
                .containsExactly(AppointmentHistoryKind.BOOKED, NURSE.value(), MONDAY_9);
    }

    @Test
    void aRequestIsProposedUntilStaffConfirmIt() {
        var request = requested(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9);
        projection.on(request, 0, REQUESTED_AT);
        assertThat(details().status()).isEqualTo(AppointmentStatus.PROPOSED);

        projection.on(confirmed(request), 1, REQUESTED_AT.plusSeconds(600));

        AppointmentDetails appointment = details();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.requestedAt()).isEqualTo(REQUESTED_AT);
        assertThat(appointment.bookedAt()).isEqualTo(REQUESTED_AT.plusSeconds(600));
        assertThat(appointment.joinLink()).isEqualTo("https://video.example.org/room/42");
        assertThat(appointment.calendarSequence()).isEqualTo(1);
        assertThat(appointment.history()).extracting(AppointmentHistoryEntry::kind)
                .containsExactly(AppointmentHistoryKind.REQUESTED, AppointmentHistoryKind.CONFIRMED);
    }

    @Test
    void theWholeLifeOfAnAppointmentIsInItsHistoryWithWhoAndWhen() {
        lifeEndingFulfilled().forEach(Runnable::run);

        AppointmentDetails appointment = details();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.FULFILLED);
        assertThat(appointment.start()).isEqualTo(MOVED_TO);
        assertThat(appointment.end()).isEqualTo(MOVED_TO.plusSeconds(20 * 60));
        assertThat(appointment.checkedInAt()).isEqualTo(MOVED_TO.minusSeconds(300));
        assertThat(appointment.checkedInBy()).isEqualTo(NURSE.value());
        assertThat(appointment.completedBy()).isEqualTo(CLINICIAN.value());
        assertThat(appointment.calendarSequence()).isEqualTo(1);
        assertThat(appointment.version()).isEqualTo(5);
        assertThat(appointment.history()).extracting(AppointmentHistoryEntry::sequence, AppointmentHistoryEntry::kind)
                .containsExactly(
                        tuple(0L, AppointmentHistoryKind.BOOKED),
                        tuple(1L, AppointmentHistoryKind.RESCHEDULED),
                        tuple(2L, AppointmentHistoryKind.REMINDER_SENT),
                        tuple(3L, AppointmentHistoryKind.REMINDER_FAILED),
                        tuple(4L, AppointmentHistoryKind.CHECKED_IN),
                        tuple(5L, AppointmentHistoryKind.FULFILLED));
        List<AppointmentHistoryEntry> entries = appointment.history();
        assertThat(entries.get(1)).extracting(AppointmentHistoryEntry::start, AppointmentHistoryEntry::previousStart,
                AppointmentHistoryEntry::durationMinutes).containsExactly(MOVED_TO, MONDAY_9, 20);
        assertThat(entries.get(2)).extracting(AppointmentHistoryEntry::minutesBefore,
                        AppointmentHistoryEntry::channel, AppointmentHistoryEntry::deliveryState)
                .containsExactly(1440, NotificationChannel.SMS, DeliveryState.DELIVERED);
        assertThat(entries.get(3)).extracting(AppointmentHistoryEntry::attempt, AppointmentHistoryEntry::failure)
                .containsExactly(2, "smtp-timeout");
    }

    @Test
    void aCancellationRecordsWhoWhyAndMovesTheCalendarSequence() {
        projection.on(booked(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 30), 0, REQUESTED_AT);
        projection.on(cancelled(APPOINTMENT, PATIENT), 1, REQUESTED_AT.plusSeconds(60));

        AppointmentDetails appointment = details();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment.cancelledBy()).isEqualTo(ADMIN.value());
        assertThat(appointment.cancellationReason()).isEqualTo("patient in hospital elsewhere");
        assertThat(appointment.calendarSequence()).isEqualTo(1);
        assertThat(appointment.history().get(1).reason()).isEqualTo("patient in hospital elsewhere");
    }

    @Test
    void aNoShowMarkedByTheProcessHasNoActor() {
        projection.on(booked(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 30), 0, REQUESTED_AT);
        projection.on(new AppointmentNoShow(APPOINTMENT, PATIENT, null), 1, MONDAY_9.plusSeconds(1800));

        AppointmentDetails appointment = details();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.NOSHOW);
        assertThat(appointment.noShowAt()).isEqualTo(MONDAY_9.plusSeconds(1800));
        assertThat(appointment.noShowMarkedBy()).isNull();
        assertThat(appointment.history().get(1).kind()).isEqualTo(AppointmentHistoryKind.NO_SHOW);
    }

    @Test
    void anEntryInErrorKeepsItsHistoryAndReason() {
        projection.on(booked(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 30), 0, REQUESTED_AT);
        projection.on(new AppointmentEnteredInError(APPOINTMENT, PATIENT, "wrong patient", ADMIN), 1,
                REQUESTED_AT.plusSeconds(60));

        AppointmentDetails appointment = details();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.ENTERED_IN_ERROR);
        assertThat(appointment.enteredInErrorBy()).isEqualTo(ADMIN.value());
        assertThat(appointment.history().get(1).reason()).isEqualTo("wrong patient");
    }

    @Test
    void deliveringEveryEventTwiceLeavesTheSameStateAndRowCounts() {
        lifeEndingFulfilled().forEach(Runnable::run);
        AppointmentDetails once = details();

        lifeEndingFulfilled().forEach(delivery -> {
            delivery.run();
            delivery.run();
        });

        assertThat(details()).usingRecursiveComparison().isEqualTo(once);
        assertThat(appointments.count()).isEqualTo(1);
        assertThat(history.count()).isEqualTo(6);
    }

    @Test
    void aRedeliveredOlderEventNeverMovesTheAppointmentBack() {
        lifeEndingFulfilled().forEach(Runnable::run);

        projection.on(new AppointmentRescheduled(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 30, MOVED_TO, NURSE), 1,
                REQUESTED_AT);
        projection.on(booked(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 45), 0, REQUESTED_AT);

        assertThat(details()).extracting(AppointmentDetails::status, AppointmentDetails::start)
                .containsExactly(AppointmentStatus.FULFILLED, MOVED_TO);
    }

    @Test
    void anEventForAnUnknownAppointmentChangesNothing() {
        projection.on(new AppointmentFulfilled(APPOINTMENT, PATIENT, CLINICIAN), 3, REQUESTED_AT);

        assertThat(appointments.count()).isZero();
        assertThat(history.count()).isZero();
    }

    @Test
    void aRemovedCareTeamMemberStaysRemovedWhenAnOlderAssignmentIsRedelivered() {
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1);
        projection.on(new CareTeamMemberRemoved(PATIENT, NURSE, ADMIN), 2);
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1);

        assertThat(careTeam.isOnTeam(PATIENT.value(), NURSE.value())).isFalse();
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 3);
        assertThat(careTeam.isOnTeam(PATIENT.value(), NURSE.value())).isTrue();
    }

    @Test
    void resetEmptiesEveryAppointmentTable() {
        lifeEndingFulfilled().forEach(Runnable::run);
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1);

        projection.reset();

        assertThat(appointments.count() + history.count() + careTeam.count()).isZero();
    }

    private List<Runnable> lifeEndingFulfilled() {
        return List.of(
                () -> projection.on(booked(APPOINTMENT, PATIENT, CLINICIAN, MONDAY_9, 30), 0, REQUESTED_AT),
                () -> projection.on(new AppointmentRescheduled(APPOINTMENT, PATIENT, CLINICIAN, MOVED_TO, 20,
                        MONDAY_9, NURSE), 1, REQUESTED_AT.plusSeconds(60)),
                () -> projection.on(new AppointmentReminderSent(APPOINTMENT, PATIENT, 1440,
                        AppointmentEvents.patientUserOf(PATIENT).userId(), NotificationChannel.SMS, 1,
                        DeliveryState.DELIVERED), 2, MOVED_TO.minusSeconds(86400)),
                () -> projection.on(new AppointmentReminderFailed(APPOINTMENT, PATIENT, 60,
                        AppointmentEvents.patientUserOf(PATIENT).userId(), NotificationChannel.EMAIL, 2,
                        "smtp-timeout"), 3, MOVED_TO.minusSeconds(3600)),
                () -> projection.on(new PatientCheckedIn(APPOINTMENT, PATIENT, NURSE), 4, MOVED_TO.minusSeconds(300)),
                () -> projection.on(new AppointmentFulfilled(APPOINTMENT, PATIENT, CLINICIAN), 5,
                        MOVED_TO.plusSeconds(1200)));
    }

    private AppointmentDetails details() {
        return queries.handle(new FindAppointmentById(APPOINTMENT, staff(Role.CLINICIAN, CLINICIAN)));
    }
}

package org.careledger.query.appointment;

import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
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
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.query.ProjectionTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code appointment_view}, {@code appointment_history} and {@code appointment_care_team}. Events arrive at
 * least once and again on replay, so an event changes a row only when its sequence number is above the row's version;
 * every history row is keyed by that sequence number. Upcoming appointments, schedules, calendars and the monthly
 * rates are all read from these rows.
 */
@Component
@ProcessingGroup(AppointmentViewsProjection.PROCESSING_GROUP)
class AppointmentViewsProjection {
    static final String PROCESSING_GROUP = "appointment-views";
    private static final Logger log = LoggerFactory.getLogger(AppointmentViewsProjection.class);

    private final AppointmentViewRepository appointments;
    private final AppointmentHistoryRepository history;
    private final AppointmentCareTeamRepository careTeam;

    AppointmentViewsProjection(AppointmentViewRepository appointments, AppointmentHistoryRepository history,
            AppointmentCareTeamRepository careTeam) {
        this.appointments = appointments;
        this.history = history;
        this.careTeam = careTeam;
    }

    @EventHandler
    void on(AppointmentRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        // by key, not existsById: a query would first flush the batch's rows (see PatientSummaryProjection)
        if (appointments.findById(event.appointmentId().value()).isEmpty()) {
            appointments.save(AppointmentView.requested(event, at, sequence));
            history.save(AppointmentHistoryEntryView.requested(event, sequence, at));
        }
    }

    /** The first event of a booking by staff, or the confirmation of a patient's request. */
    @EventHandler
    void on(AppointmentBooked event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (appointments.findById(event.appointmentId().value()).isPresent()) {
            apply(event.appointmentId(), sequence, view -> view.confirmed(event, at),
                    AppointmentHistoryEntryView.booked(event, sequence, at));
        } else {
            appointments.save(AppointmentView.booked(event, at, sequence));
            history.save(AppointmentHistoryEntryView.booked(event, sequence, at));
        }
    }

    @EventHandler
    void on(AppointmentRescheduled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> view.rescheduled(event, at),
                AppointmentHistoryEntryView.rescheduled(event, sequence, at));
    }

    @EventHandler
    void on(PatientCheckedIn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> view.checkedIn(event, at),
                AppointmentHistoryEntryView.checkedIn(event, sequence, at));
    }

    @EventHandler
    void on(AppointmentFulfilled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> view.fulfilled(event, at),
                AppointmentHistoryEntryView.fulfilled(event, sequence, at));
    }

    @EventHandler
    void on(AppointmentCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> view.cancelled(event, at),
                AppointmentHistoryEntryView.cancelled(event, sequence, at));
    }

    @EventHandler
    void on(AppointmentNoShow event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> view.noShow(event, at),
                AppointmentHistoryEntryView.noShow(event, sequence, at));
    }

    @EventHandler
    void on(AppointmentEnteredInError event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> view.enteredInError(event, at),
                AppointmentHistoryEntryView.enteredInError(event, sequence, at));
    }

    @EventHandler
    void on(AppointmentReminderSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> {}, AppointmentHistoryEntryView.reminderSent(event, sequence, at));
    }

    @EventHandler
    void on(AppointmentReminderFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.appointmentId(), sequence, view -> {},
                AppointmentHistoryEntryView.reminderFailed(event, sequence, at));
    }

    @EventHandler
    void on(CareTeamMemberAssigned event, @SequenceNumber long sequence) {
        member(event.patientId(), event.memberId(), true, sequence);
    }

    @EventHandler
    void on(CareTeamMemberRemoved event, @SequenceNumber long sequence) {
        member(event.patientId(), event.memberId(), false, sequence);
    }

    /** The tables this projection alone writes, emptied by {@link #reset()}. */
    @Bean
    static ProjectionTables appointmentViewsTables() {
        return ProjectionTables.of(
                PROCESSING_GROUP, "appointment_view", "appointment_history", "appointment_care_team");
    }

    @ResetHandler
    void reset() {
        history.deleteAllInBatch();
        appointments.deleteAllInBatch();
        careTeam.deleteAllInBatch();
    }

    private void apply(AppointmentId appointmentId, long sequence, Consumer<AppointmentView> change,
            AppointmentHistoryEntryView entry) {
        appointments.findById(appointmentId.value()).ifPresentOrElse(
                view -> {
                    if (sequence > view.getVersion()) {
                        change.accept(view);
                        view.appliedUpTo(sequence);
                        history.save(entry);
                        appointments.save(view);
                    }
                },
                () -> log.warn("No view of appointment {}; event at sequence {} ignored", appointmentId, sequence));
    }

    private void member(PatientId patientId, UserId memberId, boolean onTeam, long sequence) {
        var key = new AppointmentCareTeamView.Key(patientId.value(), memberId.value());
        boolean newer = careTeam.findById(key).map(member -> sequence > member.getVersion()).orElse(true);
        if (newer) {
            careTeam.save(new AppointmentCareTeamView(key.patientId(), key.memberId(), onTeam, sequence));
        }
    }
}

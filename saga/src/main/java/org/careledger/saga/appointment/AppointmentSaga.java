package org.careledger.saga.appointment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.MarkNoShow;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.support.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock of one booked appointment. From the booking on it holds a deadline per reminder lead time (a lead time
 * already passed is skipped) and one at start plus grace for the no-show check. A reschedule replaces them all,
 * counted from the new start; a check-in removes them; cancellation, entry in error, no-show and fulfilment end the
 * saga with them. When the no-show deadline comes and the patient has not checked in, the process marks the
 * appointment as a no-show ({@code MarkNoShow} with no person).
 *
 * <p>Deadlines live in the database (db-scheduler) and so survive restarts. Like every saga it starts at the head of
 * the event stream and is never replayed, so a rebuild never reminds anyone of anything.
 */
@Saga
// Saga state goes through Axon's Jackson serializer: its private fields are the state, not getters.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class AppointmentSaga {
    static final String REMINDER_DUE = "appointment-reminder-due";
    static final String NO_SHOW_DUE = "appointment-no-show-due";
    private static final Logger log = LoggerFactory.getLogger(AppointmentSaga.class);

    private AppointmentId appointmentId;
    private PatientId patientId;
    private OrganizationId organizationId;
    private UserId clinicianId;
    private AppointmentType type;
    private Instant start;
    private int durationMinutes;
    private String joinLink;
    private boolean checkedIn;
    /** Numbers each set of deadlines: one that fires after the set was replaced is recognized and ignored. */
    private int deadlineSerial;
    /** Pending reminder deadlines: minutes before the start → deadline id. */
    private Map<Integer, String> reminderDeadlines = new TreeMap<>();
    private String noShowDeadlineId;

    /** Axon creates sagas reflectively, which needs a public class and constructor. */
    public AppointmentSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "appointmentId")
    void on(AppointmentBooked event, @Timestamp Instant bookedAt, DeadlineManager deadlines,
            AppointmentProcessProperties settings) {
        appointmentId = event.appointmentId();
        patientId = event.patientId();
        organizationId = event.organizationId();
        clinicianId = event.clinicianId();
        type = event.type();
        start = event.start();
        durationMinutes = event.durationMinutes();
        joinLink = event.joinLink();
        schedule(bookedAt, deadlines, settings);
    }

    @SagaEventHandler(associationProperty = "appointmentId")
    void on(AppointmentRescheduled event, @Timestamp Instant rescheduledAt, DeadlineManager deadlines,
            AppointmentProcessProperties settings) {
        cancelAll(deadlines);
        clinicianId = event.clinicianId();
        start = event.start();
        durationMinutes = event.durationMinutes();
        if (!checkedIn) {
            schedule(rescheduledAt, deadlines, settings);
        }
    }

    /** The patient is here: no reminder is needed any more, and no no-show is possible. */
    @SagaEventHandler(associationProperty = "appointmentId")
    void on(PatientCheckedIn event, DeadlineManager deadlines) {
        checkedIn = true;
        cancelAll(deadlines);
    }

    @DeadlineHandler(deadlineName = REMINDER_DUE)
    void onReminderDue(ReminderDue deadline, ReminderSender sender) {
        if (deadline.serial() != deadlineSerial || checkedIn) {
            return;
        }
        // Fired, so forgotten rather than cancelled: cancelling a running db-scheduler task throws (pitfall 15).
        reminderDeadlines.remove(deadline.minutesBefore());
        sender.remind(new AppointmentReminder(appointmentId, patientId, organizationId, clinicianId, type, start,
                durationMinutes, joinLink, deadline.minutesBefore()));
    }

    @DeadlineHandler(deadlineName = NO_SHOW_DUE)
    void onNoShowDue(NoShowDue deadline, CommandGateway commands) {
        if (deadline.serial() != deadlineSerial || checkedIn) {
            return;
        }
        noShowDeadlineId = null;
        // Accepted: the AppointmentNoShow event ends the saga. Refused: the appointment changed meanwhile (checked in,
        // cancelled) and the event that says so is on its way here.
        Commands.send(commands, new MarkNoShow(appointmentId, null), log);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "appointmentId")
    void on(AppointmentCancelled event, DeadlineManager deadlines) {
        cancelAll(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "appointmentId")
    void on(AppointmentEnteredInError event, DeadlineManager deadlines) {
        cancelAll(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "appointmentId")
    void on(AppointmentNoShow event, DeadlineManager deadlines) {
        cancelAll(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "appointmentId")
    void on(AppointmentFulfilled event, DeadlineManager deadlines) {
        cancelAll(deadlines);
    }

    /**
     * Deadlines are set at instants on the appointment's own clock (its start), so it does not matter when the
     * deadline manager gets to them; {@code now}, the triggering event's time, only decides which lead times have
     * already passed.
     */
    private void schedule(Instant now, DeadlineManager deadlines, AppointmentProcessProperties settings) {
        deadlineSerial++;
        for (Duration lead : settings.reminders()) {
            Instant due = start.minus(lead);
            if (!due.isAfter(now)) {
                log.debug("Appointment {}: the reminder {} before the start has already passed; skipped",
                        appointmentId, lead);
                continue;
            }
            int minutesBefore = (int) lead.toMinutes();
            reminderDeadlines.put(minutesBefore,
                    deadlines.schedule(due, REMINDER_DUE, new ReminderDue(deadlineSerial, minutesBefore)));
        }
        noShowDeadlineId = deadlines.schedule(start.plus(settings.noShowGrace()), NO_SHOW_DUE,
                new NoShowDue(deadlineSerial));
    }

    private void cancelAll(DeadlineManager deadlines) {
        reminderDeadlines.values().forEach(id -> deadlines.cancelSchedule(REMINDER_DUE, id));
        reminderDeadlines.clear();
        if (noShowDeadlineId != null) {
            deadlines.cancelSchedule(NO_SHOW_DUE, noShowDeadlineId);
            noShowDeadlineId = null;
        }
    }

    /** A reminder deadline's payload: its set's serial and how many minutes before the start it is due. */
    record ReminderDue(int serial, int minutesBefore) {}

    /** The no-show deadline's payload. */
    record NoShowDue(int serial) {}
}

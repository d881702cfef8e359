package org.careledger.command.appointment;

import static org.careledger.command.appointment.AppointmentTerms.present;

import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentReminderFailed;
import org.careledger.api.appointment.AppointmentReminderSent;
import org.careledger.api.appointment.RecordReminderOutcome;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;

/** What one reminder attempt reported, as the event that records it on the appointment. */
final class ReminderOutcomes {
    static final int FAILURE_LIMIT = 1000;

    private ReminderOutcomes() {}

    /** Sent with a delivery state, or failed with a reason; exactly one of the two. */
    static Object eventFor(AppointmentId appointmentId, PatientId patientId, RecordReminderOutcome cmd) {
        present("recipient", cmd.recipient());
        present("channel", cmd.channel());
        if (cmd.minutesBefore() < 1) {
            throw new InvalidValue("minutesBefore", "must be 1 or more");
        }
        if (cmd.attempt() < 1) {
            throw new InvalidValue("attempt", "must be 1 or more");
        }
        boolean failed = cmd.failure() != null && !cmd.failure().isBlank();
        if ((cmd.state() == null) == !failed) {
            throw new InvalidValue("state", "requires exactly one of a delivery state and a failure");
        }
        if (!failed) {
            return new AppointmentReminderSent(appointmentId, patientId, cmd.minutesBefore(), cmd.recipient(),
                    cmd.channel(), cmd.attempt(), cmd.state());
        }
        String failure = cmd.failure().strip();
        if (failure.length() > FAILURE_LIMIT) {
            failure = failure.substring(0, FAILURE_LIMIT); // a provider's long error page is cut, not refused
        }
        return new AppointmentReminderFailed(appointmentId, patientId, cmd.minutesBefore(), cmd.recipient(),
                cmd.channel(), cmd.attempt(), failure);
    }
}

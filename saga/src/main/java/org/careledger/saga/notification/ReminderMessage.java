package org.careledger.saga.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.shared.UserId;
import org.careledger.saga.appointment.AppointmentReminder;

/**
 * One appointment reminder to the patient on one channel. It says what kind of appointment, when (in the configured
 * zone), for how long and with whom, plus the join link of a video appointment; never the reason for the appointment,
 * nor the patient's name. {@code recipient} is the patient's user account or, when the reminder goes to the contact
 * details on the patient's record, the patient's own id (the appointment's record needs someone to name, and it is the
 * patient who was told); {@code address} is PII and kept out of {@link #toString()}.
 */
record ReminderMessage(AppointmentReminder reminder, UserId recipient, NotificationChannel channel, String address,
        String clinicianName, ZoneId zone) implements OutgoingMessage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    ReminderMessage {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(zone, "zone");
    }

    /** The recipient of a reminder sent to the contact details on the patient's record. */
    static UserId patientRecord(AppointmentReminder reminder) {
        return new UserId(reminder.patientId().value());
    }

    /** One per appointment start, lead time, recipient and channel. */
    ReminderKey key() {
        return new ReminderKey(reminder.appointmentId(), reminder.start(), reminder.minutesBefore(), recipient.value(),
                channel);
    }

    @Override
    public String subject() {
        ZonedDateTime at = reminder.start().atZone(zone);
        return "[CareLedger] Appointment reminder: " + SHORT_DATE.format(at) + ", " + TIME.format(at);
    }

    @Override
    public String text() {
        ZonedDateTime at = reminder.start().atZone(zone);
        StringBuilder text = new StringBuilder("CareLedger reminder: your ").append(kind(reminder.type()))
                .append(" with ").append(clinicianName == null || clinicianName.isBlank() ? "your clinician" : clinicianName)
                .append(" is on ").append(DATE.format(at)).append(" at ").append(TIME.format(at))
                .append(" (").append(zone.getId()).append("), for ").append(reminder.durationMinutes())
                .append(" minutes.");
        if (reminder.type() == AppointmentType.VIDEO && reminder.joinLink() != null && !reminder.joinLink().isBlank()) {
            text.append("\nJoin: ").append(reminder.joinLink());
        }
        text.append("\nIf you cannot come, please let us know.");
        return text.toString();
    }

    private static String kind(AppointmentType type) {
        if (type == null) {
            return "appointment";
        }
        return switch (type) {
            case CONSULTATION -> "consultation";
            case FOLLOW_UP -> "follow-up appointment";
            case EMERGENCY -> "emergency appointment";
            case ROUTINE_CHECKUP -> "routine check-up";
            case VIDEO -> "video consultation";
        };
    }

    @Override
    public String toString() {
        return "ReminderMessage[" + reminder.appointmentId() + ", " + reminder.minutesBefore() + " min before, "
                + recipient + ", " + channel + "]";
    }

    record ReminderKey(AppointmentId appointmentId, Instant start, int minutesBefore, UUID recipient,
            NotificationChannel channel) {}
}

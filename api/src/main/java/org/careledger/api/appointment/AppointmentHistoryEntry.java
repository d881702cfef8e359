package org.careledger.api.appointment;

import java.time.Instant;
import java.util.UUID;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;

/**
 * One event in an appointment's life: what ({@code kind}), when ({@code at}, the recording time) and who
 * ({@code actorId}, {@code null} when a process acted), with the details of that kind only and the others
 * {@code null}: the time (requested, booked, rescheduled with the previous start), the reason of a cancellation or
 * an entry in error (PHI, left out for viewers who may not read it), and the reminder's minutes before the start,
 * recipient, channel, attempt, delivery state or failure.
 */
public record AppointmentHistoryEntry(
        long sequence,
        AppointmentHistoryKind kind,
        Instant at,
        UUID actorId,
        Instant start,
        Integer durationMinutes,
        Instant previousStart,
        String reason,
        Integer minutesBefore,
        UUID recipientId,
        NotificationChannel channel,
        Integer attempt,
        DeliveryState deliveryState,
        String failure) {

    @Override
    public String toString() {
        return "AppointmentHistoryEntry[sequence=" + sequence + ", kind=" + kind + ", at=" + at + ", ***]";
    }
}

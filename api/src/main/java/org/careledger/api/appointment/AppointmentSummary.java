package org.careledger.api.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * One appointment as lists, schedules and calendar feeds show it: who, what kind, when and where it stands, without
 * free text; {@code calendarSequence} counts the changes of time or status since it was first recorded (iCalendar
 * SEQUENCE), and {@code version} is the sequence number of the last event applied.
 */
public record AppointmentSummary(
        UUID appointmentId,
        UUID patientId,
        UUID clinicianId,
        AppointmentType type,
        AppointmentStatus status,
        Instant start,
        Instant end,
        int durationMinutes,
        Instant updatedAt,
        int calendarSequence,
        long version) {}

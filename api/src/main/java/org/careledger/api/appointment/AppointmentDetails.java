package org.careledger.api.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One appointment as the read side knows it, with every event of its life in {@code history}, oldest first. The
 * free text ({@code reason}, {@code cancellationReason} and the history's reasons) is PHI: it is filled only for the
 * patient, the appointment's clinician and the patient's care team, and {@code reasonVisible} says whether it was.
 * {@code version} is the sequence number of the last event applied.
 */
public record AppointmentDetails(
        UUID appointmentId,
        UUID patientId,
        UUID organizationId,
        UUID clinicianId,
        AppointmentType type,
        AppointmentStatus status,
        Instant start,
        Instant end,
        int durationMinutes,
        boolean reasonVisible,
        String reason,
        String joinLink,
        Instant requestedAt,
        UUID requestedBy,
        Instant bookedAt,
        UUID bookedBy,
        Instant checkedInAt,
        UUID checkedInBy,
        Instant completedAt,
        UUID completedBy,
        Instant cancelledAt,
        UUID cancelledBy,
        String cancellationReason,
        Instant noShowAt,
        UUID noShowMarkedBy,
        Instant enteredInErrorAt,
        UUID enteredInErrorBy,
        int calendarSequence,
        Instant updatedAt,
        List<AppointmentHistoryEntry> history,
        long version) {

    public AppointmentDetails {
        history = history == null ? List.of() : List.copyOf(history);
    }

    @Override
    public String toString() {
        return "AppointmentDetails[appointmentId=" + appointmentId + ", status=" + status + ", version=" + version
                + ", ***]";
    }
}

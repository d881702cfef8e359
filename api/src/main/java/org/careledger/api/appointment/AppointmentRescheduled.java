package org.careledger.api.appointment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The appointment moved from {@code previousStart} to {@code start}, lasting {@code durationMinutes}. */
@Revision("1")
public record AppointmentRescheduled(
        AppointmentId appointmentId,
        PatientId patientId,
        UserId clinicianId,
        Instant start,
        int durationMinutes,
        Instant previousStart,
        UserId rescheduledBy) {
    public Instant end() {
        return start.plusSeconds(60L * durationMinutes);
    }
}

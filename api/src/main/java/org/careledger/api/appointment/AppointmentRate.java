package org.careledger.api.appointment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinician's appointments that start in the month beginning {@code monthStart}, entered-in-error ones left out:
 * how many, how many were fulfilled, cancelled and missed. {@code cancellationRate} is cancelled / appointments;
 * {@code noShowRate} is no-shows / (fulfilled + no-shows), the share missed of those whose outcome is known; each is
 * null when its divisor is 0.
 */
public record AppointmentRate(
        UUID clinicianId,
        LocalDate monthStart,
        long appointments,
        long fulfilled,
        long cancelled,
        long noShows,
        Double cancellationRate,
        Double noShowRate) {}

package org.careledger.api.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A patient's daily figures, one entry per day of the range, and check-in adherence over the range. */
public record PatientActivity(
        UUID patientId,
        LocalDate from,
        LocalDate to,
        String zone,
        List<PatientDay> days,
        CheckInAdherence checkInAdherence) {}

package org.careledger.api.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded set of a patient's vital signs (PHI) with the NEWS2 it gave: observed at {@code observedAt}, entered
 * the record at {@code recordedAt}; a parameter that was not measured is {@code null}.
 */
public record VitalSignsReading(
        Instant observedAt,
        Instant recordedAt,
        VitalSignsSource source,
        Integer heartRate,
        Integer respiratoryRate,
        Integer oxygenSaturation,
        Integer systolicBloodPressure,
        BigDecimal temperature,
        Consciousness consciousness,
        Boolean supplementalOxygen,
        int news2Total,
        News2Risk news2Risk,
        boolean news2Complete,
        UUID recordedBy) {

    @Override
    public String toString() {
        return "VitalSignsReading[observedAt=" + observedAt + ", source=" + source + ", ***]";
    }
}

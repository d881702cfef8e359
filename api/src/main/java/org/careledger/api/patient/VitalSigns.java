package org.careledger.api.patient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.careledger.api.shared.InvalidValue;

/**
 * One set of observations. Any parameter may be missing (a wearable may send only heart rate and
 * SpO2); a present one must lie in a physiologically possible range, which catches unit mistakes
 * and sensor faults without judging whether the value is clinically normal.
 */
public record VitalSigns(
        Integer heartRate,
        Integer respiratoryRate,
        Integer oxygenSaturation,
        Integer systolicBloodPressure,
        BigDecimal temperature,
        Consciousness consciousness,
        Boolean supplementalOxygen) {

    private static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("25.0");
    private static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal("45.0");

    public VitalSigns {
        List<InvalidValue> violations =
                violations(heartRate, respiratoryRate, oxygenSaturation, systolicBloodPressure, temperature);
        if (!violations.isEmpty()) {
            throw violations.get(0);
        }
        if (heartRate == null && respiratoryRate == null && oxygenSaturation == null && systolicBloodPressure == null
                && temperature == null && consciousness == null && supplementalOxygen == null) {
            throw new InvalidValue("vitalSigns", "must contain at least one observation");
        }
    }

    /** Every parameter outside its possible range, so a client can be told about all of them at once. */
    public static List<InvalidValue> violations(Integer heartRate, Integer respiratoryRate, Integer oxygenSaturation,
            Integer systolicBloodPressure, BigDecimal temperature) {
        List<InvalidValue> violations = new ArrayList<>();
        within(violations, "heartRate", heartRate, 20, 300);
        within(violations, "respiratoryRate", respiratoryRate, 1, 80);
        within(violations, "oxygenSaturation", oxygenSaturation, 50, 100);
        within(violations, "systolicBloodPressure", systolicBloodPressure, 40, 300);
        if (temperature != null
                && (temperature.compareTo(LOWEST_TEMPERATURE) < 0 || temperature.compareTo(HIGHEST_TEMPERATURE) > 0)) {
            violations.add(new InvalidValue("temperature", "must be between 25.0 and 45.0 degrees Celsius"));
        } else if (temperature != null && temperature.stripTrailingZeros().scale() > 1) {
            // NEWS2 bands are drawn at one decimal; a finer value would score differently from how it reads.
            violations.add(new InvalidValue("temperature", "must have at most one decimal"));
        }
        return violations;
    }

    private static void within(List<InvalidValue> violations, String field, Integer value, int lowest, int highest) {
        if (value != null && (value < lowest || value > highest)) {
            violations.add(new InvalidValue(field, "must be between " + lowest + " and " + highest));
        }
    }

    /** NEWS2 needs all seven parameters for a complete score. */
    public boolean allParametersPresent() {
        return heartRate != null && respiratoryRate != null && oxygenSaturation != null
                && systolicBloodPressure != null && temperature != null && consciousness != null
                && supplementalOxygen != null;
    }
}

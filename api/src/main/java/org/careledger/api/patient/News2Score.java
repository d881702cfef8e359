package org.careledger.api.patient;

/**
 * The National Early Warning Score 2 of one set of vital signs, with each parameter's part so rules
 * can see a single extreme value. {@code complete} is false when parameters were missing: the total
 * then counts only those present and must not be read as a full NEWS2.
 */
public record News2Score(
        int total,
        int respiratoryRate,
        int oxygenSaturation,
        int supplementalOxygen,
        int systolicBloodPressure,
        int heartRate,
        int consciousness,
        int temperature,
        boolean complete,
        News2Risk risk) {

    /** True when any single parameter scores 3, which on its own calls for an urgent ward-based response. */
    public boolean hasExtremeParameter() {
        return respiratoryRate == 3 || oxygenSaturation == 3 || systolicBloodPressure == 3 || heartRate == 3
                || consciousness == 3 || temperature == 3;
    }
}

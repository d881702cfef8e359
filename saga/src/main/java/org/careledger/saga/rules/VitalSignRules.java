package org.careledger.saga.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.VitalSigns;
import org.careledger.saga.rules.AlertRulesProperties.Limits;
import org.careledger.saga.rules.AlertRulesProperties.VitalSignLimits;

/** The rules a set of vital signs is judged by: pure functions of the reading and the configured limits. */
final class VitalSignRules {
    private static final int EMERGENCY = 7;
    private static final int URGENT = 5;
    private static final int EXTREME_PARAMETER = 3;

    private VitalSignRules() {}

    /**
     * NEWS2 escalation thresholds (Royal College of Physicians, NEWS2, 2017): an aggregate of 7 or more
     * calls for an emergency response (CRITICAL), 5-6 or any single parameter scoring 3 for an urgent
     * one (MEDIUM). An incomplete score (parameters missing) is not a NEWS2 and never makes an alert
     * CRITICAL, but it is a lower bound of the full score: 5 or more of it already calls for an urgent
     * review, so it raises a MEDIUM alert.
     */
    static Optional<Finding> news2(News2Score score) {
        if (score == null) {
            return Optional.empty();
        }
        if (score.complete() && score.total() >= EMERGENCY) {
            return Optional.of(news2Finding(Severity.CRITICAL, "NEWS2 " + score.total() + " (high risk: emergency response)"));
        }
        if (score.total() >= URGENT) {
            String name = score.complete() ? "NEWS2 " : "Partial NEWS2 ";
            return Optional.of(news2Finding(Severity.MEDIUM, name + score.total() + " (medium risk: urgent response)"));
        }
        if (score.hasExtremeParameter()) {
            return Optional.of(news2Finding(Severity.MEDIUM, "NEWS2 " + score.total() + " with "
                    + String.join(", ", extremeParameters(score)) + " scoring " + EXTREME_PARAMETER
                    + " (urgent response)"));
        }
        return Optional.empty();
    }

    /** Every configured limit the reading is beyond, in one HIGH alert. */
    static Optional<Finding> limits(VitalSigns signs, VitalSignLimits limits) {
        List<String> breaches = new ArrayList<>();
        check(breaches, "heart rate", "/min", signs.heartRate(), limits.heartRate());
        check(breaches, "respiratory rate", "/min", signs.respiratoryRate(), limits.respiratoryRate());
        check(breaches, "SpO2", " %", signs.oxygenSaturation(), limits.oxygenSaturation());
        check(breaches, "systolic blood pressure", " mmHg", signs.systolicBloodPressure(), limits.systolicBloodPressure());
        check(breaches, "temperature", " °C", signs.temperature(), limits.temperature());
        if (breaches.isEmpty()) {
            return Optional.empty();
        }
        String summary = String.join("; ", breaches);
        return Optional.of(new Finding(AlertType.VITAL_SIGN_THRESHOLD, Severity.HIGH,
                Character.toUpperCase(summary.charAt(0)) + summary.substring(1)));
    }

    private static void check(List<String> breaches, String name, String unit, Number value, Limits limits) {
        if (limits.belowRange(value)) {
            breaches.add(name + " below " + limits.below().toPlainString() + unit);
        } else if (limits.aboveRange(value)) {
            breaches.add(name + " above " + limits.above().toPlainString() + unit);
        }
    }

    private static Finding news2Finding(Severity severity, String summary) {
        return new Finding(AlertType.NEWS2, severity, summary);
    }

    private static List<String> extremeParameters(News2Score score) {
        List<String> names = new ArrayList<>();
        addIfExtreme(names, "respiratory rate", score.respiratoryRate());
        addIfExtreme(names, "SpO2", score.oxygenSaturation());
        addIfExtreme(names, "systolic blood pressure", score.systolicBloodPressure());
        addIfExtreme(names, "heart rate", score.heartRate());
        addIfExtreme(names, "consciousness", score.consciousness());
        addIfExtreme(names, "temperature", score.temperature());
        return names;
    }

    private static void addIfExtreme(List<String> names, String name, int part) {
        if (part == EXTREME_PARAMETER) {
            names.add(name);
        }
    }
}

package org.careledger.saga.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.SymptomSeverity;

/**
 * Red flags in a daily check-in: chest pain that is moderate or severe, or severe breathlessness, in
 * a cardiac patient at home calls for a clinician to look today (HIGH). Only the structured answers
 * are read; the free-text notes are PHI and no rule looks at them.
 */
final class CheckInRules {

    private CheckInRules() {}

    static Optional<Finding> redFlags(CheckInAnswers answers) {
        List<String> flags = new ArrayList<>();
        if (answers.chestPain().compareTo(SymptomSeverity.MODERATE) >= 0) {
            flags.add("chest pain (" + lower(answers.chestPain()) + ")");
        }
        if (answers.breathlessness() == SymptomSeverity.SEVERE) {
            flags.add("breathlessness (" + lower(answers.breathlessness()) + ")");
        }
        if (flags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(AlertType.RED_FLAG_CHECK_IN, Severity.HIGH,
                "Red-flag check-in: " + String.join(", ", flags)));
    }

    private static String lower(SymptomSeverity severity) {
        return severity.name().toLowerCase(java.util.Locale.ROOT);
    }
}

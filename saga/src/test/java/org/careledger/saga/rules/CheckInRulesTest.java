package org.careledger.saga.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.SymptomSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckInRulesTest {
    private static final String NOTES = "Felt it on the stairs to my flat";

    @ParameterizedTest
    @CsvSource({"NONE, false", "MILD, false", "MODERATE, true", "SEVERE, true"})
    void chestPainFromModerateUpIsARedFlag(SymptomSeverity chestPain, boolean flagged) {
        assertThat(CheckInRules.redFlags(answers(chestPain, SymptomSeverity.NONE)).isPresent()).isEqualTo(flagged);
    }

    @ParameterizedTest
    @CsvSource({"MODERATE, false", "SEVERE, true"})
    void onlySevereBreathlessnessIsARedFlag(SymptomSeverity breathlessness, boolean flagged) {
        assertThat(CheckInRules.redFlags(answers(SymptomSeverity.NONE, breathlessness)).isPresent()).isEqualTo(flagged);
    }

    @Test
    void aRedFlagRaisesOneHighAlertNamingEveryFlagAndNothingThePatientWrote() {
        var finding = CheckInRules.redFlags(answers(SymptomSeverity.SEVERE, SymptomSeverity.SEVERE)).orElseThrow();
        assertThat(finding.type()).isEqualTo(AlertType.RED_FLAG_CHECK_IN);
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.summary()).isEqualTo("Red-flag check-in: chest pain (severe), breathlessness (severe)");
        assertThat(finding.summary()).doesNotContain(NOTES);
    }

    @Test
    void otherSymptomsAloneAreNoRedFlag() {
        var answers = new CheckInAnswers(SymptomSeverity.NONE, SymptomSeverity.MODERATE, SymptomSeverity.SEVERE,
                SymptomSeverity.SEVERE, SymptomSeverity.SEVERE, NOTES);
        assertThat(CheckInRules.redFlags(answers)).isEmpty();
    }

    private static CheckInAnswers answers(SymptomSeverity chestPain, SymptomSeverity breathlessness) {
        return new CheckInAnswers(chestPain, breathlessness, SymptomSeverity.NONE, SymptomSeverity.NONE,
                SymptomSeverity.NONE, NOTES);
    }
}

package org.careledger.saga.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.VitalSigns;
import org.careledger.saga.rules.AlertRulesProperties.Limits;
import org.careledger.saga.rules.AlertRulesProperties.VitalSignLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VitalSignRulesTest {
    private static final Limits NONE = new Limits(null, null);
    static final VitalSignLimits DEFAULT_LIMITS = new VitalSignLimits(limits(40, 130), NONE, limits(90, null), NONE, NONE);

    @ParameterizedTest
    @CsvSource({"7, CRITICAL", "12, CRITICAL", "6, MEDIUM", "5, MEDIUM"})
    void aCompleteNews2OfFiveOrMoreRaisesAnAlertOfItsBand(int total, Severity severity) {
        var finding = VitalSignRules.news2(complete(total, 0)).orElseThrow();
        assertThat(finding.type()).isEqualTo(AlertType.NEWS2);
        assertThat(finding.severity()).isEqualTo(severity);
    }

    @Test
    void aCompleteNews2OfFourWithoutAnExtremeParameterRaisesNothing() {
        assertThat(VitalSignRules.news2(complete(4, 2))).isEmpty();
        assertThat(VitalSignRules.news2(complete(0, 0))).isEmpty();
    }

    @Test
    void aSingleParameterScoringThreeIsAnUrgentResponseWhateverTheTotal() {
        var finding = VitalSignRules.news2(complete(3, 3)).orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.summary()).isEqualTo("NEWS2 3 with heart rate scoring 3 (urgent response)");
    }

    @Test
    void anIncompleteScoreIsNeverCriticalButFiveOrMoreOfItIsUrgent() {
        var finding = VitalSignRules.news2(incomplete(8)).orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.summary()).isEqualTo("Partial NEWS2 8 (medium risk: urgent response)");
        assertThat(VitalSignRules.news2(incomplete(5))).isPresent();
        assertThat(VitalSignRules.news2(incomplete(4))).isEmpty();
    }

    @Test
    void summariesStateTheScoreAndItsBandOnly() {
        assertThat(VitalSignRules.news2(complete(7, 0)).orElseThrow().summary())
                .isEqualTo("NEWS2 7 (high risk: emergency response)");
        assertThat(VitalSignRules.news2(complete(5, 0)).orElseThrow().summary())
                .isEqualTo("NEWS2 5 (medium risk: urgent response)");
    }

    @ParameterizedTest
    @CsvSource({"131, true", "130, false", "40, false", "39, true"})
    void heartRateLimitsAreExclusive(int heartRate, boolean alert) {
        assertThat(VitalSignRules.limits(signs(heartRate, 97), DEFAULT_LIMITS).isPresent()).isEqualTo(alert);
    }

    @ParameterizedTest
    @CsvSource({"89, true", "90, false"})
    void oxygenSaturationBelowItsLimitRaisesAHighAlert(int spo2, boolean alert) {
        var finding = VitalSignRules.limits(signs(80, spo2), DEFAULT_LIMITS);
        assertThat(finding.isPresent()).isEqualTo(alert);
        finding.ifPresent(f -> {
            assertThat(f.type()).isEqualTo(AlertType.VITAL_SIGN_THRESHOLD);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void everyBreachedLimitIsNamedInOneAlert() {
        var finding = VitalSignRules.limits(signs(135, 88), DEFAULT_LIMITS).orElseThrow();
        assertThat(finding.summary()).isEqualTo("Heart rate above 130/min; SpO2 below 90 %");
    }

    @Test
    void aMissingObservationOrAnUnsetLimitIsNotChecked() {
        var onlyTemperature = new VitalSigns(null, null, null, null, new BigDecimal("40.1"), null, null);
        assertThat(VitalSignRules.limits(onlyTemperature, DEFAULT_LIMITS)).isEmpty();
        var feverLimit = new VitalSignLimits(NONE, NONE, NONE, NONE, new Limits(new BigDecimal("35.0"), new BigDecimal("39.5")));
        assertThat(VitalSignRules.limits(onlyTemperature, feverLimit).orElseThrow().summary())
                .isEqualTo("Temperature above 39.5 °C");
        assertThat(VitalSignRules.limits(new VitalSigns(null, null, null, null, new BigDecimal("39.5"), null, null),
                feverLimit)).isEmpty();
    }

    private static Limits limits(Integer below, Integer above) {
        return new Limits(below == null ? null : BigDecimal.valueOf(below), above == null ? null : BigDecimal.valueOf(above));
    }

    private static VitalSigns signs(int heartRate, int spo2) {
        return new VitalSigns(heartRate, 16, spo2, 120, new BigDecimal("37.0"), Consciousness.ALERT, false);
    }

    /** A complete score with the given total, the heart rate scoring {@code heartRatePart}. */
    private static News2Score complete(int total, int heartRatePart) {
        return new News2Score(total, 0, 0, 0, 0, heartRatePart, 0, 0, true, News2Risk.LOW);
    }

    private static News2Score incomplete(int total) {
        return new News2Score(total, 2, 2, 0, 2, 2, 0, 0, false, News2Risk.MEDIUM);
    }
}

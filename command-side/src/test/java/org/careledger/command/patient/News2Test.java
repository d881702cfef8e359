package org.careledger.command.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.VitalSigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class News2Test {

    private static final int HEART_RATE = 70;
    private static final int RESPIRATORY_RATE = 16;
    private static final int SATURATION = 98;
    private static final int SYSTOLIC = 120;
    private static final BigDecimal TEMPERATURE = new BigDecimal("37.0");
    private static final Consciousness ALERT = Consciousness.ALERT;
    private static final boolean ON_AIR = false;

    @Test
    void completeNormalSetScoresZeroAndIsLowRisk() {
        VitalSigns vitals =
                new VitalSigns(HEART_RATE, RESPIRATORY_RATE, SATURATION, SYSTOLIC, TEMPERATURE, ALERT, ON_AIR);

        assertThat(News2.score(vitals)).isEqualTo(new News2Score(0, 0, 0, 0, 0, 0, 0, 0, true, News2Risk.LOW));
    }

    @Test
    void reportsEachParameterInItsOwnPart() {
        VitalSigns vitals =
                new VitalSigns(45, 22, 93, 105, new BigDecimal("34.5"), Consciousness.VOICE, true);

        assertThat(News2.score(vitals)).isEqualTo(new News2Score(14, 2, 2, 2, 1, 1, 3, 3, true, News2Risk.HIGH));
    }

    @ParameterizedTest(name = "respiratory rate {0} scores {1}")
    @CsvSource({"1, 3", "8, 3", "9, 1", "11, 1", "12, 0", "20, 0", "21, 2", "24, 2", "25, 3", "80, 3"})
    void respiratoryRateScoresByBand(int rate, int expected) {
        VitalSigns vitals = new VitalSigns(HEART_RATE, rate, SATURATION, SYSTOLIC, TEMPERATURE, ALERT, ON_AIR);

        News2Score score = News2.score(vitals);

        assertThat(score.respiratoryRate()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "SpO2 {0}% scores {1}")
    @CsvSource({"50, 3", "91, 3", "92, 2", "93, 2", "94, 1", "95, 1", "96, 0", "100, 0"})
    void oxygenSaturationScoresByScaleOneBand(int saturation, int expected) {
        VitalSigns vitals =
                new VitalSigns(HEART_RATE, RESPIRATORY_RATE, saturation, SYSTOLIC, TEMPERATURE, ALERT, ON_AIR);

        News2Score score = News2.score(vitals);

        assertThat(score.oxygenSaturation()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "supplemental oxygen {0} scores {1}")
    @CsvSource({"true, 2", "false, 0"})
    void supplementalOxygenScoresTwoAndAirScoresZero(boolean onOxygen, int expected) {
        VitalSigns vitals =
                new VitalSigns(HEART_RATE, RESPIRATORY_RATE, SATURATION, SYSTOLIC, TEMPERATURE, ALERT, onOxygen);

        News2Score score = News2.score(vitals);

        assertThat(score.supplementalOxygen()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "systolic {0} mmHg scores {1}")
    @CsvSource({"40, 3", "90, 3", "91, 2", "100, 2", "101, 1", "110, 1", "111, 0", "219, 0", "220, 3", "300, 3"})
    void systolicBloodPressureScoresByBand(int systolic, int expected) {
        VitalSigns vitals =
                new VitalSigns(HEART_RATE, RESPIRATORY_RATE, SATURATION, systolic, TEMPERATURE, ALERT, ON_AIR);

        News2Score score = News2.score(vitals);

        assertThat(score.systolicBloodPressure()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pulse {0} scores {1}")
    @CsvSource({
        "20, 3", "40, 3", "41, 1", "50, 1", "51, 0", "90, 0", "91, 1", "110, 1", "111, 2", "130, 2", "131, 3",
        "300, 3"
    })
    void heartRateScoresByBand(int heartRate, int expected) {
        VitalSigns vitals =
                new VitalSigns(heartRate, RESPIRATORY_RATE, SATURATION, SYSTOLIC, TEMPERATURE, ALERT, ON_AIR);

        News2Score score = News2.score(vitals);

        assertThat(score.heartRate()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"ALERT, 0", "CONFUSION, 3", "VOICE, 3", "PAIN, 3", "UNRESPONSIVE, 3"})
    void alertScoresZeroAndAnyOtherLevelScoresThree(Consciousness level, int expected) {
        VitalSigns vitals =
                new VitalSigns(HEART_RATE, RESPIRATORY_RATE, SATURATION, SYSTOLIC, TEMPERATURE, level, ON_AIR);

        News2Score score = News2.score(vitals);

        assertThat(score.consciousness()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "temperature {0} C scores {1}")
    @CsvSource({
        "25.0, 3", "35.0, 3", "35.00, 3", "35.1, 1", "36.0, 1", "36.1, 0", "38.0, 0",
        "38.1, 1", "39.0, 1", "39.1, 2", "45.0, 2"
    })
    void temperatureScoresByBandComparingDecimalValues(BigDecimal temperature, int expected) {
        VitalSigns vitals =
                new VitalSigns(HEART_RATE, RESPIRATORY_RATE, SATURATION, SYSTOLIC, temperature, ALERT, ON_AIR);

        News2Score score = News2.score(vitals);

        assertThat(score.temperature()).isEqualTo(expected);
        assertThat(score.total()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pulse {0}, resp {1}, SpO2 {2}, systolic {3}, temp {4}, {5}, O2 {6} -> {7} {8}")
    @CsvSource({
        "70, 16, 98, 120, 37.0, ALERT, false, 0, LOW",
        "70, 22, 93, 120, 37.0, ALERT, false, 4, LOW",
        "70, 8, 98, 120, 37.0, ALERT, false, 3, LOW_MEDIUM",
        "35, 16, 98, 120, 38.5, ALERT, false, 4, LOW_MEDIUM",
        "70, 16, 98, 120, 37.0, ALERT, true, 2, LOW",
        "45, 22, 93, 120, 37.0, ALERT, false, 5, MEDIUM",
        "70, 16, 98, 120, 37.0, VOICE, true, 5, MEDIUM",
        "70, 22, 93, 95, 37.0, ALERT, false, 6, MEDIUM",
        "70, 22, 93, 85, 37.0, ALERT, false, 7, HIGH",
        "140, 30, 85, 85, 34.0, UNRESPONSIVE, true, 20, HIGH"
    })
    void totalSumsThePartsAndSetsTheRiskBand(
            int heartRate,
            int respiratoryRate,
            int saturation,
            int systolic,
            BigDecimal temperature,
            Consciousness consciousness,
            boolean onOxygen,
            int expectedTotal,
            News2Risk expectedRisk) {
        VitalSigns vitals = new VitalSigns(
                heartRate, respiratoryRate, saturation, systolic, temperature, consciousness, onOxygen);

        News2Score score = News2.score(vitals);

        assertThat(score.total()).isEqualTo(expectedTotal);
        assertThat(score.risk()).isEqualTo(expectedRisk);
    }

    @ParameterizedTest(name = "pulse {0}, resp {1}, SpO2 {2}, systolic {3}, temp {4}, {5}, O2 {6} -> {7} {8}")
    @CsvSource({
        "135, , 97, , , , , 3, LOW_MEDIUM",
        "70, 16, 98, 120, 37.0, ALERT, , 0, LOW",
        ", , , , , VOICE, , 3, LOW_MEDIUM",
        "45, 22, 93, , , , true, 7, HIGH"
    })
    void missingParametersScoreZeroAndMakeTheScoreIncomplete(
            Integer heartRate,
            Integer respiratoryRate,
            Integer saturation,
            Integer systolic,
            BigDecimal temperature,
            Consciousness consciousness,
            Boolean onOxygen,
            int expectedTotal,
            News2Risk expectedRisk) {
        VitalSigns vitals = new VitalSigns(
                heartRate, respiratoryRate, saturation, systolic, temperature, consciousness, onOxygen);

        News2Score score = News2.score(vitals);

        assertThat(score.complete()).isFalse();
        assertThat(score.total()).isEqualTo(expectedTotal);
        assertThat(score.risk()).isEqualTo(expectedRisk);
    }

    @Test
    void missingParametersContributeZeroToTheirParts() {
        VitalSigns vitals = new VitalSigns(135, null, null, null, null, null, null);

        assertThat(News2.score(vitals)).isEqualTo(new News2Score(3, 0, 0, 0, 0, 3, 0, 0, false, News2Risk.LOW_MEDIUM));
    }
}

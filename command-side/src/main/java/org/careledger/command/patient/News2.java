package org.careledger.command.patient;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.VitalSigns;

/**
 * Scores one set of vital signs by NEWS2 (RCP NEWS2 2017, chart 1, SpO2 scale 1). A missing parameter scores 0
 * and leaves the score incomplete.
 */
final class News2 {

    private static final BigDecimal TEMPERATURE_35_0 = new BigDecimal("35.0");
    private static final BigDecimal TEMPERATURE_36_0 = new BigDecimal("36.0");
    private static final BigDecimal TEMPERATURE_38_0 = new BigDecimal("38.0");
    private static final BigDecimal TEMPERATURE_39_0 = new BigDecimal("39.0");

    private News2() {
    }

    static News2Score score(VitalSigns vitals) {
        int respiration = respiratoryRate(vitals.respiratoryRate());
        int saturation = oxygenSaturation(vitals.oxygenSaturation());
        int oxygen = supplementalOxygen(vitals.supplementalOxygen());
        int systolic = systolicBloodPressure(vitals.systolicBloodPressure());
        int pulse = heartRate(vitals.heartRate());
        int consciousness = consciousness(vitals.consciousness());
        int temperature = temperature(vitals.temperature());
        int total = respiration + saturation + oxygen + systolic + pulse + consciousness + temperature;
        News2Risk risk = risk(total, respiration, saturation, systolic, pulse, consciousness, temperature);
        return new News2Score(total, respiration, saturation, oxygen, systolic, pulse, consciousness, temperature,
                vitals.allParametersPresent(), risk);
    }

    private static int respiratoryRate(Integer perMinute) {
        if (perMinute == null) {
            return 0;
        }
        if (perMinute <= 8 || perMinute >= 25) {
            return 3;
        }
        if (perMinute <= 11) {
            return 1;
        }
        return perMinute <= 20 ? 0 : 2;
    }

    private static int oxygenSaturation(Integer percent) {
        if (percent == null || percent >= 96) {
            return 0;
        }
        if (percent <= 91) {
            return 3;
        }
        return percent <= 93 ? 2 : 1;
    }

    private static int supplementalOxygen(Boolean onOxygen) {
        return Boolean.TRUE.equals(onOxygen) ? 2 : 0;
    }

    private static int systolicBloodPressure(Integer mmHg) {
        if (mmHg == null) {
            return 0;
        }
        if (mmHg <= 90 || mmHg >= 220) {
            return 3;
        }
        if (mmHg <= 100) {
            return 2;
        }
        return mmHg <= 110 ? 1 : 0;
    }

    private static int heartRate(Integer perMinute) {
        if (perMinute == null) {
            return 0;
        }
        if (perMinute <= 40 || perMinute >= 131) {
            return 3;
        }
        if (perMinute <= 50) {
            return 1;
        }
        if (perMinute <= 90) {
            return 0;
        }
        return perMinute <= 110 ? 1 : 2;
    }

    private static int consciousness(Consciousness level) {
        return level == null || level == Consciousness.ALERT ? 0 : 3;
    }

    private static int temperature(BigDecimal celsius) {
        if (celsius == null) {
            return 0;
        }
        if (celsius.compareTo(TEMPERATURE_35_0) <= 0) {
            return 3;
        }
        if (celsius.compareTo(TEMPERATURE_36_0) <= 0) {
            return 1;
        }
        if (celsius.compareTo(TEMPERATURE_38_0) <= 0) {
            return 0;
        }
        return celsius.compareTo(TEMPERATURE_39_0) <= 0 ? 1 : 2;
    }

    private static News2Risk risk(int total, int... parts) {
        if (total >= 7) {
            return News2Risk.HIGH;
        }
        if (total >= 5) {
            return News2Risk.MEDIUM;
        }
        return IntStream.of(parts).anyMatch(part -> part == 3) ? News2Risk.LOW_MEDIUM : News2Risk.LOW;
    }
}

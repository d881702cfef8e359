package org.careledger.saga.rules;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rules that raise alerts. The vital-sign limits of application.yml are the
 * defaults (heart rate below 40 or above 130 /min, SpO2 below 90 %); a limit left unset is not checked.
 *
 * @param vitalSigns per-parameter limits beyond which a reading raises a HIGH alert
 * @param missedCheckIn when a patient who has not checked in raises a LOW alert
 */
@ConfigurationProperties("careledger.alert-rules")
record AlertRulesProperties(@DefaultValue VitalSignLimits vitalSigns, @DefaultValue MissedCheckIn missedCheckIn) {

    /** One limit per NEWS2 parameter that has a number; each bound is exclusive. */
    record VitalSignLimits(
            @DefaultValue Limits heartRate,
            @DefaultValue Limits respiratoryRate,
            @DefaultValue Limits oxygenSaturation,
            @DefaultValue Limits systolicBloodPressure,
            @DefaultValue Limits temperature) {}

    /** A value strictly below {@code below} or strictly above {@code above} is out of range; null checks nothing. */
    record Limits(BigDecimal below, BigDecimal above) {

        boolean belowRange(Number value) {
            return value != null && below != null && decimal(value).compareTo(below) < 0;
        }

        boolean aboveRange(Number value) {
            return value != null && above != null && decimal(value).compareTo(above) > 0;
        }

        private static BigDecimal decimal(Number value) {
            return value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
        }
    }

    /**
     * @param interval how often a monitored patient is expected to check in
     * @param grace how long after the interval the check-in still counts as on time
     */
    record MissedCheckIn(@DefaultValue("PT24H") Duration interval, @DefaultValue("PT2H") Duration grace) {
        MissedCheckIn {
            if (interval.isNegative() || interval.isZero() || grace.isNegative()) {
                throw new IllegalArgumentException(
                        "careledger.alert-rules.missed-check-in: interval must be positive, grace not negative");
            }
        }

        /** From a check-in (or the registration) until the next one is overdue. */
        Duration overdueAfter() {
            return interval.plus(grace);
        }
    }
}

package org.careledger.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.careledger.query.alert.AlertEvents.ADMIN;
import static org.careledger.query.alert.AlertEvents.NURSE;
import static org.careledger.query.alert.AlertEvents.OTHER_ORGANIZATION;
import static org.careledger.query.alert.AlertEvents.T0;
import static org.careledger.query.alert.AlertEvents.acknowledged;
import static org.careledger.query.alert.AlertEvents.alertId;
import static org.careledger.query.alert.AlertEvents.assigned;
import static org.careledger.query.alert.AlertEvents.cancelled;
import static org.careledger.query.alert.AlertEvents.escalated;
import static org.careledger.query.alert.AlertEvents.patientId;
import static org.careledger.query.alert.AlertEvents.patientUser;
import static org.careledger.query.alert.AlertEvents.raised;
import static org.careledger.query.alert.AlertEvents.resolved;
import static org.careledger.query.alert.AlertEvents.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertMetrics;
import org.careledger.api.alert.AlertMetricsBucket;
import org.careledger.api.alert.AlertMetricsPeriod;
import org.careledger.api.alert.GetAlertMetrics;
import org.careledger.api.alert.ResponseTimes;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Response metrics over a hand-made set whose answers are worked out by hand (linear interpolation between ranks:
 * the p-quantile of n sorted values sits at rank p(n-1), counted from 0).
 */
@AlertProjectionTest
class AlertMetricsTest {
    private static final PatientId NURSES_PATIENT = patientId(1);
    private static final PatientId OTHER_PATIENT = patientId(2);
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final Instant FROM = T0.minus(Duration.ofHours(8)); // Monday 00:00 UTC
    private static final Instant TO = FROM.plus(Duration.ofDays(7));

    @Autowired AlertViewsProjection projection;
    @Autowired AlertMetricsQueries handlers;
    private int alerts;

    @BeforeEach
    void givenAWeekOfAlerts() {
        projection.reset();
        alerts = 0;
        projection.on(assigned(NURSES_PATIENT, NURSE, Role.NURSE), 1);
        // Monday, CRITICAL, the nurse's patient: acknowledged after 60 120 180 240 600 s; three resolved after
        // 1000 2000 4000 s; the first escalated twice, the second once.
        alert(NURSES_PATIENT, Severity.CRITICAL, T0, 60, 1000, 2);
        alert(NURSES_PATIENT, Severity.CRITICAL, T0.plusSeconds(60), 120, 2000, 1);
        alert(NURSES_PATIENT, Severity.CRITICAL, T0.plusSeconds(120), 180, 4000, 0);
        alert(NURSES_PATIENT, Severity.CRITICAL, T0.plusSeconds(180), 600, null, 0);
        alert(NURSES_PATIENT, Severity.CRITICAL, T0.plusSeconds(240), 240, null, 0);
        // Monday, HIGH, another patient: acknowledged after 100 and 300 s, never resolved
        alert(OTHER_PATIENT, Severity.HIGH, T0.plusSeconds(300), 300, null, 0);
        alert(OTHER_PATIENT, Severity.HIGH, T0.plusSeconds(360), 100, null, 0);
        // Tuesday, CRITICAL: one acknowledged after 30 s, one cancelled unacknowledged
        alert(NURSES_PATIENT, Severity.CRITICAL, T0.plus(Duration.ofDays(1)), 30, null, 0);
        AlertId cancelled = alert(NURSES_PATIENT, Severity.CRITICAL, T0.plus(Duration.ofDays(1)), null, null, 0);
        projection.on(cancelled(cancelled), 1, T0.plus(Duration.ofDays(1)).plusSeconds(10), REGULAR);
        // outside the range or the organization
        alert(NURSES_PATIENT, Severity.CRITICAL, FROM.minusSeconds(1), 5, null, 0);
        alert(NURSES_PATIENT, Severity.CRITICAL, TO, 5, null, 0);
        projection.on(raised(alertId(500), patientId(3), OTHER_ORGANIZATION, Severity.LOW), 0, T0, REGULAR);
    }

    @Test
    void eachDayAndSeverityHasItsCountsMediansAndNinetiethPercentiles() {
        List<AlertMetricsBucket> buckets = metrics(staff(Role.ADMIN, ADMIN), AlertMetricsPeriod.DAY).buckets();

        assertThat(buckets).containsExactly(
                new AlertMetricsBucket(MONDAY, Severity.CRITICAL, 5, 2, 3,
                        new ResponseTimes(5, 180.0, 456.0), new ResponseTimes(3, 2000.0, 3600.0)),
                new AlertMetricsBucket(MONDAY, Severity.HIGH, 2, 0, 0,
                        new ResponseTimes(2, 200.0, 280.0), new ResponseTimes(0, null, null)),
                new AlertMetricsBucket(TUESDAY, Severity.CRITICAL, 2, 0, 0,
                        new ResponseTimes(1, 30.0, 30.0), new ResponseTimes(0, null, null)));
    }

    @Test
    void aWeekPoolsItsDays() {
        AlertMetrics metrics = metrics(staff(Role.AUDITOR, ADMIN), AlertMetricsPeriod.WEEK);

        assertThat(metrics.buckets()).extracting(AlertMetricsBucket::periodStart, AlertMetricsBucket::severity,
                        AlertMetricsBucket::raised, AlertMetricsBucket::toAcknowledge)
                .containsExactly(
                        tuple(MONDAY, Severity.CRITICAL, 7L,
                                new ResponseTimes(6, 150.0, 420.0)),
                        tuple(MONDAY, Severity.HIGH, 2L,
                                new ResponseTimes(2, 200.0, 280.0)));
        assertThat(metrics.period()).isEqualTo(AlertMetricsPeriod.WEEK);
        assertThat(metrics.from()).isEqualTo(FROM);
        assertThat(metrics.to()).isEqualTo(TO);
    }

    @Test
    void aNurseMeasuresOnlyHerOwnPatientsAlerts() {
        assertThat(metrics(staff(Role.NURSE, NURSE), AlertMetricsPeriod.MONTH).buckets())
                .singleElement()
                .satisfies(bucket -> {
                    assertThat(bucket.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
                    assertThat(bucket.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(bucket.raised()).isEqualTo(7);
                });
    }

    @Test
    void patientsAndDevicesMeasureNothing() {
        assertThat(metrics(patientUser(NURSES_PATIENT), AlertMetricsPeriod.DAY).buckets()).isEmpty();
        assertThat(metrics(staff(Role.DEVICE, NURSE), AlertMetricsPeriod.DAY).buckets()).isEmpty();
    }

    @Test
    void periodsAreUtcCalendarDaysIsoWeeksAndMonths() {
        Instant sundayLate = Instant.parse("2025-03-09T23:59:59Z");

        assertThat(AlertMetricsCalculator.periodStart(sundayLate, AlertMetricsPeriod.DAY))
                .isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(AlertMetricsCalculator.periodStart(sundayLate, AlertMetricsPeriod.WEEK)).isEqualTo(MONDAY);
        assertThat(AlertMetricsCalculator.periodStart(sundayLate.plusSeconds(1), AlertMetricsPeriod.WEEK))
                .isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(AlertMetricsCalculator.periodStart(sundayLate, AlertMetricsPeriod.MONTH))
                .isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        var times = AlertMetricsCalculator.responseTimes(
                List.of(Duration.ofMillis(1001), Duration.ofMillis(1002), Duration.ofMillis(1004)));

        assertThat(times).isEqualTo(new ResponseTimes(3, 1.002, 1.004));
    }

    private AlertMetrics metrics(Actor viewer, AlertMetricsPeriod period) {
        return handlers.handle(new GetAlertMetrics(FROM, TO, period, viewer));
    }

    /** Raises an alert, escalates it, acknowledges and resolves it the given seconds after raising (null: never). */
    private AlertId alert(PatientId patient, Severity severity, Instant at, Integer acknowledgedAfter,
            Integer resolvedAfter, int escalations) {
        AlertId alert = alertId(++alerts);
        long sequence = 0;
        projection.on(raised(alert, patient, severity), sequence, at, REGULAR);
        for (int level = 1; level <= escalations; level++) {
            projection.on(escalated(alert, level), ++sequence, at.plusSeconds(level), REGULAR);
        }
        if (acknowledgedAfter != null) {
            projection.on(acknowledged(alert), ++sequence, at.plusSeconds(acknowledgedAfter), REGULAR);
        }
        if (resolvedAfter != null) {
            projection.on(resolved(alert), ++sequence, at.plusSeconds(resolvedAfter), REGULAR);
        }
        return alert;
    }
}

package org.careledger.query.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.alert.Severity;
import org.careledger.api.analytics.AlertCounts;
import org.careledger.api.analytics.DayRange;
import org.careledger.api.analytics.OrganizationDay;
import org.careledger.api.appointment.AppointmentStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** One organization's figures per day, counted from the analytics rows of a range of days. */
final class OrganizationFigures {
    private final JdbcTemplate jdbc;
    private final LocalDate today;

    OrganizationFigures(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    List<OrganizationDay> count(UUID organization, DayRange range) {
        List<MonitoredPeriod> patients = jdbc.query("""
                SELECT organization_id, registered_on, discharged_on FROM analytics_patient
                WHERE organization_id = ? AND registered_on <= ? AND (discharged_on IS NULL OR discharged_on >= ?)""",
                (row, n) -> MonitoredPeriod.of(row), organization, range.to(), range.from());
        Map<LocalDate, AlertCounts> raised = alertsBySeverity(jdbc, """
                SELECT raised_on, severity, COUNT(*) FROM analytics_alert
                WHERE organization_id = ? AND raised_on BETWEEN ? AND ? GROUP BY raised_on, severity""",
                organization, range);
        Map<LocalDate, List<Duration>> acknowledgements = timesToAcknowledge(organization, range);
        Map<LocalDate, Long> booked = new HashMap<>();
        jdbc.query("""
                SELECT booked_on, COUNT(*) FROM analytics_appointment
                WHERE organization_id = ? AND booked_on BETWEEN ? AND ? AND status <> ? GROUP BY booked_on""",
                row -> {
                    booked.put(AnalyticsQueries.day(row, 1), row.getLong(2));
                }, organization, range.from(), range.to(), AppointmentStatus.ENTERED_IN_ERROR.name());
        Map<LocalDate, long[]> outcomes = new HashMap<>(); // day -> {attended, no-shows}
        jdbc.query("""
                SELECT start_on, status, COUNT(*) FROM analytics_appointment
                WHERE organization_id = ? AND start_on BETWEEN ? AND ? AND status IN (?, ?, ?)
                GROUP BY start_on, status""",
                row -> {
                    long[] counts = outcomes.computeIfAbsent(AnalyticsQueries.day(row, 1), day -> new long[2]);
                    counts[AppointmentStatus.NOSHOW.name().equals(row.getString(2)) ? 1 : 0] += row.getLong(3);
                }, organization, range.from(), range.to(), AppointmentStatus.CHECKED_IN.name(),
                AppointmentStatus.FULFILLED.name(), AppointmentStatus.NOSHOW.name());

        return range.days().map(day -> {
            List<Duration> acknowledged = acknowledgements.getOrDefault(day, List.of());
            long[] outcome = outcomes.getOrDefault(day, new long[2]);
            long due = outcome[0] + outcome[1];
            return new OrganizationDay(day,
                    patients.stream().filter(patient -> patient.monitoredOn(day, today)).count(),
                    raised.getOrDefault(day, AlertCounts.NONE),
                    acknowledged.size(),
                    Median.secondsOf(acknowledged),
                    booked.getOrDefault(day, 0L),
                    outcome[0],
                    outcome[1],
                    due == 0 ? null : (double) outcome[1] / due);
        }).toList();
    }

    /** Alerts counted per day and severity by a query selecting (day, severity, count). */
    static Map<LocalDate, AlertCounts> alertsBySeverity(JdbcTemplate jdbc, String sql, UUID key, DayRange range) {
        Map<LocalDate, Map<Severity, Long>> counts = new HashMap<>();
        jdbc.query(sql, row -> {
            counts.computeIfAbsent(AnalyticsQueries.day(row, 1), day -> new EnumMap<>(Severity.class))
                    .put(Severity.valueOf(row.getString(2)), row.getLong(3));
        }, key, range.from(), range.to());
        Map<LocalDate, AlertCounts> result = new HashMap<>();
        counts.forEach((day, bySeverity) -> result.put(day, AlertCounts.of(
                bySeverity.getOrDefault(Severity.LOW, 0L), bySeverity.getOrDefault(Severity.MEDIUM, 0L),
                bySeverity.getOrDefault(Severity.HIGH, 0L), bySeverity.getOrDefault(Severity.CRITICAL, 0L))));
        return result;
    }

    // Each acknowledgement's time since its raise, by the day it was acknowledged.
    private Map<LocalDate, List<Duration>> timesToAcknowledge(UUID organization, DayRange range) {
        Map<LocalDate, List<Duration>> durations = new HashMap<>();
        jdbc.query("""
                SELECT acknowledged_on, raised_at, acknowledged_at FROM analytics_alert
                WHERE organization_id = ? AND acknowledged_on BETWEEN ? AND ?""",
                row -> {
                    var raisedAt = row.getObject(2, OffsetDateTime.class).toInstant();
                    var acknowledgedAt = row.getObject(3, OffsetDateTime.class).toInstant();
                    durations.computeIfAbsent(AnalyticsQueries.day(row, 1), day -> new ArrayList<>())
                            .add(Duration.between(raisedAt, acknowledgedAt));
                }, organization, range.from(), range.to());
        return durations;
    }
}

package org.careledger.query.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.analytics.AlertCounts;
import org.careledger.api.analytics.CheckInAdherence;
import org.careledger.api.analytics.DayRange;
import org.careledger.api.analytics.FindOrganizationActivity;
import org.careledger.api.analytics.FindPatientActivity;
import org.careledger.api.analytics.OrganizationActivity;
import org.careledger.api.analytics.PatientActivity;
import org.careledger.api.analytics.PatientDay;
import org.careledger.api.shared.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the daily figures from the analytics rows when asked, one entry per day of the range. A patient's figures
 * are answered only to those who may see the patient: the organization's ADMIN and AUDITOR, NURSE and CLINICIAN on the
 * current care team, the PATIENT their own; anyone else gets nothing, exactly as for an unknown patient.
 */
@Component
class AnalyticsQueries {
    private final JdbcTemplate jdbc;
    private final AnalyticsProperties properties;
    private final Clock clock;

    AnalyticsQueries(JdbcTemplate jdbc, AnalyticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @QueryHandler
    Optional<PatientActivity> handle(FindPatientActivity query) {
        UUID patient = query.patientId().value();
        return jdbc.query("SELECT organization_id, registered_on, discharged_on FROM analytics_patient WHERE patient_id = ?",
                        (row, n) -> MonitoredPeriod.of(row), patient)
                .stream()
                .filter(period -> visible(query.viewer(), patient, period.organizationId()))
                .findFirst()
                .map(period -> activity(query, period));
    }

    @QueryHandler
    OrganizationActivity handle(FindOrganizationActivity query) {
        var organization = query.viewer().organizationId();
        return new OrganizationActivity(organization.value(), query.days().from(), query.days().to(), zone(),
                new OrganizationFigures(jdbc, today()).count(organization.value(), query.days()));
    }

    private boolean visible(Actor viewer, UUID patient, UUID organization) {
        if (!viewer.organizationId().value().equals(organization)) {
            return false;
        }
        return switch (viewer.role()) {
            case ADMIN, AUDITOR -> true;
            case NURSE, CLINICIAN -> Boolean.TRUE.equals(jdbc.query(
                    "SELECT on_team FROM analytics_care_team WHERE patient_id = ? AND member_id = ?",
                    (ResultSet rows) -> rows.next() && rows.getBoolean(1), patient, viewer.userId().value()));
            case PATIENT -> viewer.patientId().value().equals(patient);
            case DEVICE -> false;
        };
    }

    private PatientActivity activity(FindPatientActivity query, MonitoredPeriod period) {
        UUID patient = query.patientId().value();
        DayRange range = query.days();
        Map<LocalDate, long[]> readings = new HashMap<>(); // day -> {count, max NEWS2}
        jdbc.query("""
                SELECT observed_on, COUNT(*), MAX(news2_total) FROM analytics_reading
                WHERE patient_id = ? AND observed_on BETWEEN ? AND ? GROUP BY observed_on""",
                row -> {
                    readings.put(day(row, 1), new long[] {row.getLong(2), row.getLong(3)});
                }, patient, range.from(), range.to());
        Map<LocalDate, Long> checkIns = countsByDay("""
                SELECT submitted_on, COUNT(*) FROM analytics_check_in
                WHERE patient_id = ? AND submitted_on BETWEEN ? AND ? GROUP BY submitted_on""", patient, range);
        Map<LocalDate, AlertCounts> alerts = OrganizationFigures.alertsBySeverity(jdbc, """
                SELECT raised_on, severity, COUNT(*) FROM analytics_alert
                WHERE patient_id = ? AND raised_on BETWEEN ? AND ? GROUP BY raised_on, severity""", patient, range);
        LocalDate today = today();
        List<PatientDay> days = range.days().map(day -> {
            long[] read = readings.get(day);
            return new PatientDay(day, read == null ? 0 : read[0], read == null ? null : (int) read[1],
                    alerts.getOrDefault(day, AlertCounts.NONE), checkIns.getOrDefault(day, 0L),
                    period.expectsCheckInOn(day, today));
        }).toList();
        long expected = days.stream().filter(PatientDay::checkInExpected).count();
        long met = days.stream().filter(day -> day.checkInExpected() && day.checkIns() > 0).count();
        return new PatientActivity(patient, range.from(), range.to(), zone(), days,
                new CheckInAdherence(expected, met, expected == 0 ? null : (double) met / expected));
    }

    private Map<LocalDate, Long> countsByDay(String sql, UUID key, DayRange range) {
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(sql, row -> {
            counts.put(day(row, 1), row.getLong(2));
        }, key, range.from(), range.to());
        return counts;
    }

    static LocalDate day(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private String zone() {
        return properties.zone().getId();
    }
}

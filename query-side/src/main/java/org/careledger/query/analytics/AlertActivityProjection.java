package org.careledger.query.analytics;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertRaised;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code analytics_alert}: one row per alert, written when it is raised and completed, once, when it is
 * acknowledged; both moments are kept so the median time to acknowledge is computed exactly from them. A recurrence
 * is not a new alert and leaves the severity the alert was raised with.
 */
@Component
@ProcessingGroup(AnalyticsTables.PROCESSING_GROUP)
class AlertActivityProjection {
    private final JdbcTemplate jdbc;
    private final AnalyticsProperties properties;

    AlertActivityProjection(JdbcTemplate jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventHandler
    void on(AlertRaised event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO analytics_alert (alert_id, patient_id, organization_id, severity, raised_at, raised_on)
                SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM analytics_alert WHERE alert_id = ?)""",
                event.alertId().value(), event.patientId().value(), event.organizationId().value(),
                event.severity().name(), java.sql.Timestamp.from(at), properties.dayOf(at), event.alertId().value());
    }

    @EventHandler
    void on(AlertAcknowledged event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE analytics_alert SET acknowledged_at = ?, acknowledged_on = ?
                WHERE alert_id = ? AND acknowledged_at IS NULL""",
                java.sql.Timestamp.from(at), properties.dayOf(at), event.alertId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM analytics_alert");
    }
}

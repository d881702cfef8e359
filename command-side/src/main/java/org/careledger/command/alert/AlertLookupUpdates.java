package org.careledger.command.alert;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the alert feature's command-side tables in step with patient and alert events. It runs in a
 * subscribing processor ({@link AlertLookupsConfiguration}), inside the transaction of the command that
 * applied the event, so a row exists exactly when its event was stored. The inserts skip rows that are
 * already there, so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(AlertLookupsConfiguration.PROCESSING_GROUP)
class AlertLookupUpdates {
    private final JdbcClient jdbc;

    AlertLookupUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered event) {
        UUID patient = event.patientId().value();
        if (absent("SELECT count(*) FROM command_alert_patient WHERE patient_id = ?", patient)) {
            update("INSERT INTO command_alert_patient (patient_id, organization_id) VALUES (?, ?)",
                    patient, event.organizationId().value());
        }
    }

    @EventHandler
    void on(PatientDischarged event) {
        UUID patient = event.patientId().value();
        if (absent("SELECT count(*) FROM command_alert_discharged_patient WHERE patient_id = ?", patient)) {
            update("INSERT INTO command_alert_discharged_patient (patient_id) VALUES (?)", patient);
        }
    }

    @EventHandler
    void on(CareTeamMemberAssigned event) {
        UUID patient = event.patientId().value();
        UUID member = event.memberId().value();
        if (absent("SELECT count(*) FROM command_alert_care_team WHERE patient_id = ? AND member_id = ?", patient, member)) {
            update("INSERT INTO command_alert_care_team (patient_id, member_id) VALUES (?, ?)", patient, member);
        }
    }

    @EventHandler
    void on(CareTeamMemberRemoved event) {
        update("DELETE FROM command_alert_care_team WHERE patient_id = ? AND member_id = ?",
                event.patientId().value(), event.memberId().value());
    }

    // No existence check: AlertRaising holds the patient's lock, so a second open alert of the type is a
    // bug, and the primary key makes the whole command fail rather than record it.
    @EventHandler
    void on(AlertRaised event) {
        update("INSERT INTO command_open_alert (patient_id, alert_type, alert_id) VALUES (?, ?, ?)",
                event.patientId().value(), event.type().name(), event.alertId().value());
        update("INSERT INTO command_alert (alert_id, patient_id) VALUES (?, ?)",
                event.alertId().value(), event.patientId().value());
    }

    @EventHandler
    void on(AlertResolved event) {
        closed(event.alertId());
    }

    @EventHandler
    void on(AlertCancelled event) {
        closed(event.alertId());
    }

    private void closed(AlertId alertId) {
        update("DELETE FROM command_open_alert WHERE alert_id = ?", alertId.value());
    }

    private boolean absent(String countSql, Object... params) {
        return jdbc.sql(countSql).params(params).query(Long.class).single() == 0;
    }

    private void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }
}

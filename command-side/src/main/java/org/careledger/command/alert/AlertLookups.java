package org.careledger.command.alert;

import java.util.Optional;
import java.util.UUID;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertType;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the alert feature's command-side tables (V5), which {@link AlertLookupUpdates} keeps. Plain SQL
 * rather than JPA: the lock must be visible in the code, and nothing may be cached across the wait for it.
 */
@Component
class AlertLookups {
    private final JdbcClient jdbc;

    AlertLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient as alerts know it, with the patient's row locked until the current transaction ends. */
    Optional<AlertPatient> lockPatient(PatientId patientId) {
        Optional<UUID> organization = jdbc.sql("SELECT organization_id FROM command_alert_patient WHERE patient_id = ? FOR UPDATE")
                .param(patientId.value()).query(UUID.class).optional();
        return organization.map(org -> new AlertPatient(patientId, new OrganizationId(org), isDischarged(patientId)));
    }

    Optional<AlertId> openAlert(PatientId patientId, AlertType type) {
        return jdbc.sql("SELECT alert_id FROM command_open_alert WHERE patient_id = ? AND alert_type = ?")
                .params(patientId.value(), type.name()).query(UUID.class).optional().map(AlertId::new);
    }

    boolean onCareTeam(PatientId patientId, UserId member) {
        return count("SELECT count(*) FROM command_alert_care_team WHERE patient_id = ? AND member_id = ?",
                patientId.value(), member.value()) > 0;
    }

    /** Whether the user is on the care team of the open alert's patient; false for closed or unknown alerts. */
    boolean onCareTeamOf(AlertId alertId, UserId member) {
        return count("""
                SELECT count(*) FROM command_alert a
                JOIN command_alert_care_team t ON t.patient_id = a.patient_id
                WHERE a.alert_id = ? AND t.member_id = ?""", alertId.value(), member.value()) > 0;
    }

    private boolean isDischarged(PatientId patientId) {
        return count("SELECT count(*) FROM command_alert_discharged_patient WHERE patient_id = ?", patientId.value()) > 0;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    record AlertPatient(PatientId patientId, OrganizationId organizationId, boolean discharged) {}
}

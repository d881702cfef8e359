package org.careledger.saga.rules;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which organization each patient belongs to, kept by the alert rules themselves so that a rule
 * always knows whose alert it raises, whoever sent the reading. It is not a side effect: it takes
 * part in replays, and writing it twice changes nothing.
 */
@Component
@ProcessingGroup(AlertRules.PROCESSING_GROUP)
class PatientOrganizations {
    private final JdbcClient jdbc;

    PatientOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered event) {
        // A patient's events are handled in order by one segment, so nobody else inserts this row meanwhile.
        jdbc.sql("""
                INSERT INTO alert_rule_patient (patient_id, organization_id)
                SELECT :patient, :organization WHERE NOT EXISTS
                  (SELECT 1 FROM alert_rule_patient WHERE patient_id = :patient)""")
                .param("patient", event.patientId().value())
                .param("organization", event.organizationId().value())
                .update();
    }

    Optional<OrganizationId> of(PatientId patient) {
        return jdbc.sql("SELECT organization_id FROM alert_rule_patient WHERE patient_id = :patient")
                .param("patient", patient.value())
                .query(UUID.class)
                .optional()
                .map(OrganizationId::new);
    }
}

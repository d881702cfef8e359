package org.careledger.query.analytics;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code analytics_patient}, {@code analytics_care_team}, {@code analytics_reading} and
 * {@code analytics_check_in} from the patient streams. Each row is keyed by the patient and, for readings and
 * check-ins, by the event's sequence number, and is written only when absent (or, for the care team, older), so an
 * event delivered twice or replayed changes nothing. A patient's events all come through one segment, in order.
 */
@Component
@ProcessingGroup(AnalyticsTables.PROCESSING_GROUP)
class PatientActivityProjection {
    private final JdbcTemplate jdbc;
    private final AnalyticsProperties properties;

    PatientActivityProjection(JdbcTemplate jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventHandler
    void on(PatientRegistered event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO analytics_patient (patient_id, organization_id, registered_on)
                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM analytics_patient WHERE patient_id = ?)""",
                event.patientId().value(), event.organizationId().value(), properties.dayOf(at),
                event.patientId().value());
    }

    @EventHandler
    void on(PatientDischarged event, @Timestamp Instant at) {
        jdbc.update("UPDATE analytics_patient SET discharged_on = ? WHERE patient_id = ? AND discharged_on IS NULL",
                properties.dayOf(at), event.patientId().value());
    }

    @EventHandler
    void on(CareTeamMemberAssigned event, @SequenceNumber long sequence) {
        member(event.patientId(), event.memberId(), true, sequence);
    }

    @EventHandler
    void on(CareTeamMemberRemoved event, @SequenceNumber long sequence) {
        member(event.patientId(), event.memberId(), false, sequence);
    }

    // A reading counts on the day it was observed: a late upload describes the day it was measured.
    @EventHandler
    void on(VitalSignsRecorded event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO analytics_reading (patient_id, sequence_number, observed_on, news2_total)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS
                  (SELECT 1 FROM analytics_reading WHERE patient_id = ? AND sequence_number = ?)""",
                event.patientId().value(), sequence, properties.dayOf(event.observedAt()), event.news2().total(),
                event.patientId().value(), sequence);
    }

    @EventHandler
    void on(CheckInSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO analytics_check_in (patient_id, sequence_number, submitted_on)
                SELECT ?, ?, ? WHERE NOT EXISTS
                  (SELECT 1 FROM analytics_check_in WHERE patient_id = ? AND sequence_number = ?)""",
                event.patientId().value(), sequence, properties.dayOf(at), event.patientId().value(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM analytics_check_in");
        jdbc.update("DELETE FROM analytics_reading");
        jdbc.update("DELETE FROM analytics_care_team");
        jdbc.update("DELETE FROM analytics_patient");
    }

    private void member(PatientId patient, UserId member, boolean onTeam, long sequence) {
        int updated = jdbc.update("""
                UPDATE analytics_care_team SET on_team = ?, version = ?
                WHERE patient_id = ? AND member_id = ? AND version < ?""",
                onTeam, sequence, patient.value(), member.value(), sequence);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO analytics_care_team (patient_id, member_id, on_team, version)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS
                      (SELECT 1 FROM analytics_care_team WHERE patient_id = ? AND member_id = ?)""",
                    patient.value(), member.value(), onTeam, sequence, patient.value(), member.value());
        }
    }
}

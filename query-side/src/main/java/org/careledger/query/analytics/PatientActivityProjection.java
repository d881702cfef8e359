package org.careledger.query.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.careledger.query.BatchWrites;
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
    private final BatchWrites<Rows> batches = new BatchWrites<>(PatientActivityProjection.class.getName(), Rows::new,
            this::write);

    PatientActivityProjection(JdbcTemplate jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    private void write(Rows rows) {
        // keyed by patient and sequence number, and written only when absent: a redelivered event adds nothing
        if (!rows.readings.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO analytics_reading (patient_id, sequence_number, observed_on, news2_total)
                    SELECT CAST(? AS UUID), CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS INTEGER) WHERE NOT EXISTS
                      (SELECT 1 FROM analytics_reading WHERE patient_id = ? AND sequence_number = ?)""",
                    rows.readings);
        }
        if (!rows.checkIns.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO analytics_check_in (patient_id, sequence_number, submitted_on)
                    SELECT CAST(? AS UUID), CAST(? AS BIGINT), CAST(? AS DATE) WHERE NOT EXISTS
                      (SELECT 1 FROM analytics_check_in WHERE patient_id = ? AND sequence_number = ?)""",
                    rows.checkIns);
        }
    }

    /** The readings and check-ins of one batch of events, most of the record, inserted together as it commits. */
    private static final class Rows {
        final List<Object[]> readings = new ArrayList<>();
        final List<Object[]> checkIns = new ArrayList<>();
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
        UUID patient = event.patientId().value();
        batches.collect(rows -> rows.readings.add(new Object[] {patient, sequence,
            properties.dayOf(event.observedAt()), event.news2().total(), patient, sequence}));
    }

    @EventHandler
    void on(CheckInSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID patient = event.patientId().value();
        batches.collect(rows -> rows.checkIns.add(new Object[] {patient, sequence, properties.dayOf(at), patient,
            sequence}));
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

package org.careledger.query.patient;

import org.careledger.query.BatchWrites;
import org.careledger.query.ProjectionTables;
import org.springframework.context.annotation.Bean;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code patient_vital_signs}: one row per reading, keyed by (patient, sequence number), so redelivery is a no-op.
 * Readings are most of the record, so the row is written with one insert that skips a row already there,
 * instead of JPA's look-up, merge and insert (three statements and most of this processor's CPU in the benchmark),
 * and a batch of events' inserts is sent as one JDBC batch.
 */
@Component
@ProcessingGroup(VitalSignsProjection.PROCESSING_GROUP)
class VitalSignsProjection {
    static final String PROCESSING_GROUP = "patient-vital-signs";
    private static final String INSERT = "INSERT INTO patient_vital_signs (patient_id, sequence_number, observed_at, "
            + "recorded_at, source, heart_rate, respiratory_rate, oxygen_saturation, systolic_blood_pressure, "
            + "temperature, consciousness, supplemental_oxygen, news2_total, news2_risk, news2_complete, recorded_by) "
            // typed, so that a missing measurement (null) has a type on PostgreSQL and H2 alike
            + "SELECT CAST(? AS UUID), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(16)), CAST(? AS INTEGER), CAST(? AS INTEGER), "
            + "CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS NUMERIC(4,1)), CAST(? AS VARCHAR(16)), "
            + "CAST(? AS BOOLEAN), CAST(? AS INTEGER), CAST(? AS VARCHAR(16)), CAST(? AS BOOLEAN), CAST(? AS UUID) "
            + "WHERE NOT EXISTS "
            + "(SELECT 1 FROM patient_vital_signs WHERE patient_id = ? AND sequence_number = ?)";

    private final VitalSignsRepository readings;
    private final JdbcTemplate jdbc;
    /** A batch of events' readings goes to the database in one JDBC batch as the batch commits. */
    private final BatchWrites<List<Object[]>> batches = new BatchWrites<>(VitalSignsProjection.class.getName(),
            ArrayList::new, this::write);

    VitalSignsProjection(VitalSignsRepository readings, JdbcTemplate jdbc) {
        this.readings = readings;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VitalSignsRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        VitalSigns signs = event.vitalSigns();
        Object[] row = {event.patientId().value(), sequence, utc(event.observedAt()), utc(recordedAt),
            event.source().name(), signs.heartRate(), signs.respiratoryRate(), signs.oxygenSaturation(),
            signs.systolicBloodPressure(), signs.temperature(),
            signs.consciousness() == null ? null : signs.consciousness().name(), signs.supplementalOxygen(),
            event.news2().total(), event.news2().risk().name(), event.news2().complete(),
            event.recordedBy().value(), event.patientId().value(), sequence};
        batches.collect(rows -> rows.add(row));
    }

    private void write(List<Object[]> rows) {
        jdbc.batchUpdate(INSERT, rows);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The tables this projection alone writes, emptied by {@link #reset()}. */
    @Bean
    static ProjectionTables vitalSignsTables() {
        return ProjectionTables.of(PROCESSING_GROUP, "patient_vital_signs");
    }

    @ResetHandler
    void reset() {
        readings.deleteAllInBatch();
    }
}

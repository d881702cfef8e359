package org.careledger.query.patient;

import org.careledger.query.ProjectionTables;
import org.springframework.context.annotation.Bean;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.careledger.api.patient.VitalSignsRecorded;
import org.springframework.stereotype.Component;

/** Keeps {@code patient_vital_signs}: one row per reading, keyed by (patient, sequence number), so redelivery is a no-op. */
@Component
@ProcessingGroup(VitalSignsProjection.PROCESSING_GROUP)
class VitalSignsProjection {
    static final String PROCESSING_GROUP = "patient-vital-signs";

    private final VitalSignsRepository readings;

    VitalSignsProjection(VitalSignsRepository readings) {
        this.readings = readings;
    }

    @EventHandler
    void on(VitalSignsRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        if (!readings.existsById(new VitalSignsView.Key(event.patientId().value(), sequence))) {
            readings.save(new VitalSignsView(event, sequence, recordedAt));
        }
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

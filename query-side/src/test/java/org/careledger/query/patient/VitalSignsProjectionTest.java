package org.careledger.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.patient.PatientEvents.REGISTRAR;
import static org.careledger.query.patient.PatientEvents.T0;
import static org.careledger.query.patient.PatientEvents.vitals;

import java.math.BigDecimal;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.VitalSignsReading;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.PatientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProjectionTest
class VitalSignsProjectionTest {
    private static final PatientId PATIENT = PatientId.of("5d0c8a4e-0000-4000-8000-000000000002");

    @Autowired VitalSignsProjection projection;
    @Autowired VitalSignsRepository readings;
    @Autowired PatientViewMapper mapper;

    @BeforeEach
    void startEmpty() {
        projection.reset();
    }

    @Test
    void aReadingIsStoredWithEveryParameterAndItsNews2() {
        projection.on(vitals(PATIENT, 6, News2Risk.MEDIUM, T0), 4, T0.plusSeconds(30));

        VitalSignsReading reading = mapper.toReading(readings.findById(new VitalSignsView.Key(PATIENT.value(), 4))
                .orElseThrow());
        assertThat(reading).isEqualTo(new VitalSignsReading(T0, T0.plusSeconds(30), VitalSignsSource.DEVICE, 88, 18,
                96, 128, new BigDecimal("37.2"), Consciousness.ALERT, false, 6, News2Risk.MEDIUM, true,
                REGISTRAR.value()));
    }

    @Test
    void aRedeliveredReadingIsStoredOnce() {
        projection.on(vitals(PATIENT, 6, News2Risk.MEDIUM, T0), 4, T0.plusSeconds(30));
        projection.on(vitals(PATIENT, 6, News2Risk.MEDIUM, T0), 4, T0.plusSeconds(30));
        projection.on(vitals(PATIENT, 1, News2Risk.LOW, T0.plusSeconds(60)), 5, T0.plusSeconds(90));
        projection.on(vitals(PATIENT, 6, News2Risk.MEDIUM, T0), 4, T0.plusSeconds(30));

        assertThat(readings.count()).isEqualTo(2);
    }

    @Test
    void resetEmptiesTheReadings() {
        projection.on(vitals(PATIENT, 6, News2Risk.MEDIUM, T0), 4, T0.plusSeconds(30));

        projection.reset();

        assertThat(readings.count()).isZero();
    }
}

package org.careledger.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.patient.PatientEvents.ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.REGISTRAR;
import static org.careledger.query.patient.PatientEvents.T0;
import static org.careledger.query.patient.PatientEvents.registered;
import static org.careledger.query.patient.PatientEvents.staff;
import static org.careledger.query.patient.PatientEvents.vitals;

import java.time.Instant;
import java.util.List;
import org.careledger.api.patient.FindVitalSigns;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.VitalSignsPage;
import org.careledger.api.patient.VitalSignsReading;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProjectionTest
class VitalSignsQueryTest {
    private static final PatientId PATIENT = PatientId.of("3e8b2f6d-0000-4000-8000-000000000001");
    private static final Instant NINE = T0.plusSeconds(3600);
    private static final Instant TEN = T0.plusSeconds(7200);
    private static final Instant ELEVEN = T0.plusSeconds(10800);

    @Autowired PatientSummaryProjection summaries;
    @Autowired VitalSignsProjection projection;
    @Autowired PatientQueries queries;

    @BeforeEach
    void givenReadingsAtEightNineTenAndElevenRecordedOutOfOrder() {
        summaries.reset();
        projection.reset();
        summaries.on(registered(PATIENT, ORGANIZATION, "MRN400001", "Grace", "Hopper"), 0, T0);
        projection.on(vitals(PATIENT, 1, News2Risk.LOW, TEN), 1, TEN);
        projection.on(vitals(PATIENT, 0, News2Risk.LOW, T0), 2, TEN);
        projection.on(vitals(PATIENT, 5, News2Risk.MEDIUM, ELEVEN), 3, ELEVEN);
        projection.on(vitals(PATIENT, 3, News2Risk.LOW_MEDIUM, NINE), 4, ELEVEN);
    }

    @Test
    void readingsComeNewestObservationFirst() {
        assertThat(observedAt(find(null, null, 0, 20))).containsExactly(ELEVEN, TEN, NINE, T0);
    }

    @Test
    void theRangeIncludesFromAndExcludesTo() {
        assertThat(observedAt(find(NINE, ELEVEN, 0, 20))).containsExactly(TEN, NINE);
        assertThat(observedAt(find(TEN, null, 0, 20))).containsExactly(ELEVEN, TEN);
        assertThat(observedAt(find(null, NINE, 0, 20))).containsExactly(T0);
        assertThat(find(TEN, TEN, 0, 20).items()).isEmpty();
    }

    @Test
    void readingsArePaged() {
        VitalSignsPage second = find(null, null, 1, 3);

        assertThat(observedAt(second)).containsExactly(T0);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.patientId()).isEqualTo(PATIENT.value());
    }

    private VitalSignsPage find(Instant from, Instant to, int page, int size) {
        return queries.handle(new FindVitalSigns(PATIENT, from, to, page, size, staff(Role.ADMIN, REGISTRAR)));
    }

    private static List<Instant> observedAt(VitalSignsPage page) {
        return page.items().stream().map(VitalSignsReading::observedAt).toList();
    }
}

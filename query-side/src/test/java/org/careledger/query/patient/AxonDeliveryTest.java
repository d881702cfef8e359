package org.careledger.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.patient.PatientEvents.NURSE;
import static org.careledger.query.patient.PatientEvents.ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.T0;
import static org.careledger.query.patient.PatientEvents.assigned;
import static org.careledger.query.patient.PatientEvents.registered;
import static org.careledger.query.patient.PatientEvents.vitals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projections as Axon's processors drive them: sequence number and timestamp come from the event message. */
@ProjectionTest
class AxonDeliveryTest {
    private static final PatientId PATIENT = PatientId.of("c41d7e90-0000-4000-8000-000000000001");

    @Autowired PatientSummaryProjection summaryProjection;
    @Autowired VitalSignsProjection vitalSignsProjection;
    @Autowired PatientSummaryRepository summaries;
    @Autowired CareTeamMemberRepository careTeam;
    @Autowired VitalSignsRepository readings;
    private AnnotationEventHandlerAdapter summaryHandlers;
    private AnnotationEventHandlerAdapter vitalSignsHandlers;

    @BeforeEach
    void givenAnEmptyProjectionBehindAxonsAdapters() throws Exception {
        summaryHandlers = new AnnotationEventHandlerAdapter(summaryProjection);
        vitalSignsHandlers = new AnnotationEventHandlerAdapter(vitalSignsProjection);
        summaryHandlers.prepareReset();
        vitalSignsHandlers.prepareReset();
        deliver(0, registered(PATIENT, ORGANIZATION, "MRN500001", "Grace", "Hopper"), T0);
        deliver(1, assigned(PATIENT, NURSE, Role.NURSE), T0.plusSeconds(60));
        deliver(2, vitals(PATIENT, 4, News2Risk.LOW, T0.plusSeconds(90)), T0.plusSeconds(120));
    }

    @Test
    void versionAndTimesComeFromTheEventMessage() {
        var summary = summaries.findById(PATIENT.value()).orElseThrow();
        var member = careTeam.findById(new CareTeamMemberView.Key(PATIENT.value(), NURSE.value())).orElseThrow();
        var reading = readings.findById(new VitalSignsView.Key(PATIENT.value(), 2)).orElseThrow();

        assertThat(summary.getVersion()).isEqualTo(2);
        assertThat(summary.getRegisteredAt()).isEqualTo(T0);
        assertThat(member.getAssignedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(reading.getRecordedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aResetThroughAxonEmptiesBothProjections() {
        summaryHandlers.prepareReset();
        vitalSignsHandlers.prepareReset();

        assertThat(summaries.count() + careTeam.count() + readings.count()).isZero();
    }

    private void deliver(long sequence, Object event, Instant timestamp) throws Exception {
        var message = new GenericDomainEventMessage<>(
                "Patient", PATIENT.toString(), sequence, event, Map.of(), UUID.randomUUID().toString(), timestamp);
        for (var handlers : new AnnotationEventHandlerAdapter[] {summaryHandlers, vitalSignsHandlers}) {
            if (handlers.canHandle(message)) {
                handlers.handle(message);
            }
        }
    }
}

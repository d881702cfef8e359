package org.careledger.saga.rules;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** The rules as Axon invokes them: live events raise alerts, replayed ones never do. */
class AlertRulesTest {
    private static final PatientId PATIENT = PatientId.of("1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a01");
    private static final OrganizationId ORG = OrganizationId.of("1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a02");
    private static final OrganizationId SENDER_ORG = OrganizationId.of("1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a03");
    private static final UserId NURSE = UserId.of("1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a04");
    private static final TrackingToken LIVE = new GlobalSequenceTrackingToken(11);
    private static final TrackingToken REPLAYING =
            ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(20), new GlobalSequenceTrackingToken(11));

    private final PatientOrganizations organizations = mock(PatientOrganizations.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final AnnotationEventHandlerAdapter rules = new AnnotationEventHandlerAdapter(
            new AlertRules(organizations, commands, MissedCheckInSagaTest.RULES));

    @Test
    void aCriticalNews2WithAnExtremeHeartRateRaisesOneAlertPerRuleForThePatientsOrganization() throws Exception {
        when(organizations.of(PATIENT)).thenReturn(Optional.of(ORG));
        EventMessage<?> event = event(reading(135, 7), LIVE);
        rules.handle(event);
        verify(commands).sendAndWait(new RaiseAlert(AlertIds.forEvent(event.getIdentifier(), AlertType.NEWS2), PATIENT,
                ORG, AlertType.NEWS2, Severity.CRITICAL, "NEWS2 7 (high risk: emergency response)", null));
        verify(commands).sendAndWait(new RaiseAlert(
                AlertIds.forEvent(event.getIdentifier(), AlertType.VITAL_SIGN_THRESHOLD), PATIENT, ORG,
                AlertType.VITAL_SIGN_THRESHOLD, Severity.HIGH, "Heart rate above 130/min", null));
    }

    @Test
    void aRedFlagCheckInRaisesAHighAlert() throws Exception {
        when(organizations.of(PATIENT)).thenReturn(Optional.of(ORG));
        EventMessage<?> event = event(new CheckInSubmitted(PATIENT, new CheckInAnswers(SymptomSeverity.SEVERE,
                SymptomSeverity.NONE, SymptomSeverity.NONE, SymptomSeverity.NONE, SymptomSeverity.NONE, null), null), LIVE);
        rules.handle(event);
        verify(commands).sendAndWait(new RaiseAlert(AlertIds.forEvent(event.getIdentifier(), AlertType.RED_FLAG_CHECK_IN),
                PATIENT, ORG, AlertType.RED_FLAG_CHECK_IN, Severity.HIGH, "Red-flag check-in: chest pain (severe)", null));
    }

    @Test
    void theSameEventDeliveredTwiceAsksForTheSameAlert() throws Exception {
        when(organizations.of(PATIENT)).thenReturn(Optional.of(ORG));
        EventMessage<?> event = event(reading(80, 7), LIVE);
        rules.handle(event);
        rules.handle(event);
        verify(commands, times(2)).sendAndWait(new RaiseAlert(
                AlertIds.forEvent(event.getIdentifier(), AlertType.NEWS2), PATIENT, ORG, AlertType.NEWS2,
                Severity.CRITICAL, "NEWS2 7 (high risk: emergency response)", null));
    }

    @Test
    void aReplayedReadingRaisesNothing() throws Exception {
        when(organizations.of(PATIENT)).thenReturn(Optional.of(ORG));
        rules.handle(event(reading(135, 9), REPLAYING));
        verifyNoInteractions(commands);
    }

    @Test
    void anUnremarkableReadingRaisesNothing() throws Exception {
        rules.handle(event(reading(80, 1), LIVE));
        verifyNoInteractions(commands, organizations);
    }

    @Test
    void withoutAKnownPatientTheSendersOrganizationIsUsed() throws Exception {
        when(organizations.of(PATIENT)).thenReturn(Optional.empty());
        rules.handle(event(reading(80, 7), LIVE).andMetaData(Map.of("organizationId", SENDER_ORG.toString())));
        verify(commands).sendAndWait(argThat(
                command -> command instanceof RaiseAlert raise && raise.organizationId().equals(SENDER_ORG)));
    }

    @Test
    void withNoOrganizationAtAllNoAlertIsSent() throws Exception {
        when(organizations.of(PATIENT)).thenReturn(Optional.empty());
        rules.handle(event(reading(80, 7), LIVE));
        verify(commands, never()).sendAndWait(any());
    }

    private static VitalSignsRecorded reading(int heartRate, int news2) {
        return new VitalSignsRecorded(PATIENT,
                new VitalSigns(heartRate, 16, 97, 120, new BigDecimal("37.0"), Consciousness.ALERT, false),
                new News2Score(news2, 0, 0, 0, 0, 0, 0, 0, true, News2Risk.LOW), VitalSignsSource.CLINICIAN,
                Instant.parse("2025-03-01T08:00:00Z"), NURSE);
    }

    private static EventMessage<?> event(Object payload, TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage(payload));
    }
}

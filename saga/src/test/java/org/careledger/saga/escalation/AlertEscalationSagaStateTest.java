package org.careledger.saga.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.saga.escalation.AlertEscalationSaga.ACK_DEADLINE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saga's state as Axon stores it (Jackson, configured as Spring Boot configures it), and what it ignores. */
class AlertEscalationSagaStateTest {
    private static final AlertId ALERT = AlertId.of("5b1e0c7a-3f2d-4c8e-9a61-7d0e4b2c9f01");
    private static final PatientId PATIENT = PatientId.of("5b1e0c7a-3f2d-4c8e-9a61-7d0e4b2c9f02");
    private static final OrganizationId ORG = OrganizationId.of("5b1e0c7a-3f2d-4c8e-9a61-7d0e4b2c9f03");
    private static final UserId NURSE = UserId.of("5b1e0c7a-3f2d-4c8e-9a61-7d0e4b2c9f04");
    private static final Instant RAISED_AT = Instant.parse("2025-03-01T08:00:00Z");
    private static final String FIRST_DEADLINE = "deadline-1";
    private static final String DEADLINE_ID = "deadline-2";

    // Spring Boot's ObjectMapper, as Axon's autoconfiguration picks it up: java.time as ISO text, no nulls.
    static final ObjectMapper SPRING_LIKE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(SPRING_LIKE).build();
    private final DeadlineManager deadlines = mock(DeadlineManager.class);
    private final CommandGateway commands = mock(CommandGateway.class);

    @BeforeEach
    void setUp() {
        when(deadlines.schedule(any(Duration.class), eq(ACK_DEADLINE), any())).thenReturn(FIRST_DEADLINE, DEADLINE_ID);
    }

    @Test
    void theSagaStateSurvivesTheJacksonSerializer() throws Exception {
        AlertEscalationSaga saga = new AlertEscalationSaga();
        saga.on(new AlertRaised(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.HIGH, "NEWS2 5", null), RAISED_AT,
                deadlines, AlertEscalationSagaTest.POLICY);
        saga.on(new AlertEscalated(ALERT, 2, EscalationReason.MANUAL, NURSE), RAISED_AT.plusSeconds(60), deadlines,
                AlertEscalationSagaTest.POLICY);

        SerializedObject<byte[]> stored = serializer.serialize(saga, byte[].class);
        AlertEscalationSaga restored = serializer.deserialize(stored);

        JsonNode state = SPRING_LIKE.readTree(stored.getData());
        assertThat(SPRING_LIKE.readTree(serializer.serialize(restored, byte[].class).getData())).isEqualTo(state);
        assertThat(state.get("alertId").get("value").asText()).isEqualTo(ALERT.toString());
        assertThat(state.get("organizationId").get("value").asText()).isEqualTo(ORG.toString());
        assertThat(state.get("severity").asText()).isEqualTo("HIGH");
        assertThat(state.get("level").asInt()).isEqualTo(2);
        assertThat(state.get("deadlineSerial").asInt()).isEqualTo(2);
        assertThat(state.get("ackDeadlineId").asText()).isEqualTo(DEADLINE_ID);
        assertThat(state.get("ackDueAt").asText()).isEqualTo("2025-03-01T08:16:00Z");

        restored.on(new AlertAcknowledged(ALERT, NURSE), deadlines);
        verify(deadlines).cancelSchedule(ACK_DEADLINE, DEADLINE_ID);
    }

    @Test
    void theDeadlinePayloadSurvivesTheJacksonSerializer() {
        SerializedObject<byte[]> stored = serializer.serialize(new AckOverdue(4), byte[].class);
        Object restored = serializer.deserialize(stored);
        assertThat(restored).isEqualTo(new AckOverdue(4));
    }

    @Test
    void aDeadlineTheSagaHasSinceReplacedChangesNothing() {
        AlertEscalationSaga saga = new AlertEscalationSaga();
        saga.on(new AlertRaised(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.HIGH, "NEWS2 5", null), RAISED_AT,
                deadlines, AlertEscalationSagaTest.POLICY);
        saga.on(new AlertEscalated(ALERT, 1, EscalationReason.MANUAL, NURSE), RAISED_AT.plusSeconds(60), deadlines,
                AlertEscalationSagaTest.POLICY);

        // The first deadline (serial 1) was cancelled, but ran anyway: it lost the race with the cancel.
        saga.onAckOverdue(new AckOverdue(1), RAISED_AT.plusSeconds(900), commands, deadlines,
                AlertEscalationSagaTest.POLICY);

        verifyNoInteractions(commands);
    }
}

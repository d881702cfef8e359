package org.careledger.saga.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.saga.rules.MissedCheckInSaga.CHECK_IN_DUE;
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
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** The saga's state as Axon stores it (Jackson, configured as Spring Boot configures it), and what it ignores. */
class MissedCheckInSagaStateTest {
    private static final PatientId PATIENT = PatientId.of("9d5e3f20-7b8c-4d4e-8f90-2b3c4d5e6f01");
    private static final OrganizationId ORG = OrganizationId.of("9d5e3f20-7b8c-4d4e-8f90-2b3c4d5e6f02");
    private static final UserId ADMIN = UserId.of("9d5e3f20-7b8c-4d4e-8f90-2b3c4d5e6f03");
    private static final String DEADLINE_ID = "deadline-1";
    private static final ObjectMapper SPRING_LIKE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(SPRING_LIKE).build();
    private final DeadlineManager deadlines = mock(DeadlineManager.class);
    private final CommandGateway commands = mock(CommandGateway.class);

    @Test
    void theSagaStateSurvivesTheJacksonSerializer() throws Exception {
        when(deadlines.schedule(any(Duration.class), eq(CHECK_IN_DUE), any())).thenReturn(DEADLINE_ID);
        MissedCheckInSaga saga = new MissedCheckInSaga();
        saga.on(registered(), deadlines, MissedCheckInSagaTest.RULES);

        SerializedObject<byte[]> stored = serializer.serialize(saga, byte[].class);
        MissedCheckInSaga restored = serializer.deserialize(stored);

        JsonNode state = SPRING_LIKE.readTree(stored.getData());
        assertThat(SPRING_LIKE.readTree(serializer.serialize(restored, byte[].class).getData())).isEqualTo(state);
        assertThat(state.get("patientId").get("value").asText()).isEqualTo(PATIENT.toString());
        assertThat(state.get("organizationId").get("value").asText()).isEqualTo(ORG.toString());
        assertThat(state.get("deadlineSerial").asInt()).isEqualTo(1);
        assertThat(state.get("deadlineId").asText()).isEqualTo(DEADLINE_ID);
        assertThat(state.toString()).doesNotContain("Ada").doesNotContain("MRN");

        restored.on(new PatientDischarged(PATIENT, ADMIN), deadlines);
        verify(deadlines).cancelSchedule(CHECK_IN_DUE, DEADLINE_ID);
    }

    @Test
    void theDeadlinePayloadSurvivesTheJacksonSerializer() {
        SerializedObject<byte[]> stored = serializer.serialize(new MissedCheckInSaga.CheckInDue(3), byte[].class);
        Object restored = serializer.deserialize(stored);
        assertThat(restored).isEqualTo(new MissedCheckInSaga.CheckInDue(3));
    }

    @Test
    void aDeadlineThatRunsAgainAfterACrashRaisesNothing() {
        when(deadlines.schedule(any(Duration.class), eq(CHECK_IN_DUE), any())).thenReturn(DEADLINE_ID);
        MissedCheckInSaga saga = new MissedCheckInSaga();
        saga.on(registered(), deadlines, MissedCheckInSagaTest.RULES);
        saga.onCheckInMissed(new MissedCheckInSaga.CheckInDue(1), commands, deadlines, MissedCheckInSagaTest.RULES);
        verify(commands).sendAndWait(any());

        CommandGateway afterCrash = mock(CommandGateway.class);
        saga.onCheckInMissed(new MissedCheckInSaga.CheckInDue(1), afterCrash, deadlines, MissedCheckInSagaTest.RULES);
        verifyNoInteractions(afterCrash);
    }

    private static PatientRegistered registered() {
        return new PatientRegistered(PATIENT, ORG, new Mrn("MRN0000002"),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                ContactDetails.none(), ADMIN);
    }
}

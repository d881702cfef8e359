package org.careledger.saga.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.saga.appointment.AppointmentSaga.NO_SHOW_DUE;
import static org.careledger.saga.appointment.AppointmentSaga.REMINDER_DUE;
import static org.careledger.saga.appointment.AppointmentSagaTest.APPOINTMENT;
import static org.careledger.saga.appointment.AppointmentSagaTest.NOW;
import static org.careledger.saga.appointment.AppointmentSagaTest.NURSE;
import static org.careledger.saga.appointment.AppointmentSagaTest.PATIENT;
import static org.careledger.saga.appointment.AppointmentSagaTest.SETTINGS;
import static org.careledger.saga.appointment.AppointmentSagaTest.START;
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
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.saga.appointment.AppointmentSaga.NoShowDue;
import org.careledger.saga.appointment.AppointmentSaga.ReminderDue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saga's state as Axon stores it (Jackson, configured as Spring Boot configures it), and stale deadlines. */
class AppointmentSagaStateTest {
    // Spring Boot's ObjectMapper, as Axon's autoconfiguration picks it up: java.time as ISO text, no nulls.
    private static final ObjectMapper SPRING_LIKE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(SPRING_LIKE).build();
    private final DeadlineManager deadlines = mock(DeadlineManager.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final AppointmentSagaTest.Reminded reminded = new AppointmentSagaTest.Reminded();

    @BeforeEach
    void setUp() {
        when(deadlines.schedule(any(Instant.class), eq(REMINDER_DUE), any())).thenReturn("r-1440", "r-60");
        when(deadlines.schedule(any(Instant.class), eq(NO_SHOW_DUE), any())).thenReturn("no-show-1");
    }

    @Test
    void theSagaStateSurvivesTheJacksonSerializer() throws Exception {
        AppointmentSaga saga = new AppointmentSaga();
        saga.on(AppointmentSagaTest.booked(START), NOW, deadlines, SETTINGS);

        SerializedObject<byte[]> stored = serializer.serialize(saga, byte[].class);
        AppointmentSaga restored = serializer.deserialize(stored);

        JsonNode state = SPRING_LIKE.readTree(stored.getData());
        assertThat(SPRING_LIKE.readTree(serializer.serialize(restored, byte[].class).getData())).isEqualTo(state);
        assertThat(state.get("appointmentId").get("value").asText()).isEqualTo(APPOINTMENT.toString());
        assertThat(state.get("start").asText()).isEqualTo(START.toString());
        assertThat(state.get("type").asText()).isEqualTo("FOLLOW_UP");
        assertThat(state.get("deadlineSerial").asInt()).isEqualTo(1);
        assertThat(state.get("reminderDeadlines").get("1440").asText()).isEqualTo("r-1440");
        assertThat(state.get("reminderDeadlines").get("60").asText()).isEqualTo("r-60");
        assertThat(state.get("noShowDeadlineId").asText()).isEqualTo("no-show-1");
        assertThat(stored.getData()).asString().doesNotContain("chest pain");

        // the restored saga still knows its deadlines: a cancellation removes every one of them
        restored.on(new AppointmentCancelled(APPOINTMENT, PATIENT, "patient asked", NURSE), deadlines);
        verify(deadlines).cancelSchedule(REMINDER_DUE, "r-1440");
        verify(deadlines).cancelSchedule(REMINDER_DUE, "r-60");
        verify(deadlines).cancelSchedule(NO_SHOW_DUE, "no-show-1");
    }

    @Test
    void theRestoredSagaRemindsWithTheBookedDetails() throws Exception {
        AppointmentSaga saga = new AppointmentSaga();
        saga.on(AppointmentSagaTest.booked(START), NOW, deadlines, SETTINGS);
        AppointmentSaga restored = serializer.deserialize(serializer.serialize(saga, byte[].class));

        restored.onReminderDue(new ReminderDue(1, 60), reminded);

        assertThat(reminded.reminders).containsExactly(
                AppointmentSagaTest.reminder(START, AppointmentSagaTest.CLINICIAN, 60));
    }

    @Test
    void theDeadlinePayloadsSurviveTheJacksonSerializer() {
        assertThat((Object) serializer.deserialize(serializer.serialize(new ReminderDue(3, 60), byte[].class)))
                .isEqualTo(new ReminderDue(3, 60));
        assertThat((Object) serializer.deserialize(serializer.serialize(new NoShowDue(3), byte[].class)))
                .isEqualTo(new NoShowDue(3));
    }

    @Test
    void aDeadlineOfAReplacedSetChangesNothing() {
        AppointmentSaga saga = new AppointmentSaga();
        saga.on(AppointmentSagaTest.booked(START), NOW, deadlines, SETTINGS);
        saga.on(new AppointmentRescheduled(APPOINTMENT, PATIENT,
                AppointmentSagaTest.CLINICIAN, START.plusSeconds(86_400), 30, START, NURSE), NOW, deadlines, SETTINGS);

        // set 1 was cancelled by the reschedule, but its deadlines ran anyway: they lost the race with the cancel
        saga.onReminderDue(new ReminderDue(1, 60), reminded);
        saga.onNoShowDue(new NoShowDue(1), commands);

        assertThat(reminded.reminders).isEmpty();
        verifyNoInteractions(commands);
    }

    @Test
    void aNoShowDeadlineAfterACheckInChangesNothing() {
        AppointmentSaga saga = new AppointmentSaga();
        saga.on(AppointmentSagaTest.booked(START), NOW, deadlines, SETTINGS);
        saga.on(new PatientCheckedIn(APPOINTMENT, PATIENT, NURSE), deadlines);

        saga.onNoShowDue(new NoShowDue(1), commands);

        verifyNoInteractions(commands);
    }
}

package org.careledger.command.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Constructor;
import java.time.Instant;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** A snapshot goes through the Jackson serializer (with Java time, as the application's); the restored state is equal. */
class AppointmentSnapshotTest {
    private static final AppointmentId APPOINTMENT = AppointmentId.of("4a7c2e91-3b5d-4f8a-9c61-7e2d0b4f0001");
    private static final PatientId PATIENT = PatientId.of("4a7c2e91-3b5d-4f8a-9c61-7e2d0b4f0002");
    private static final OrganizationId ORG = OrganizationId.of("4a7c2e91-3b5d-4f8a-9c61-7e2d0b4f0003");
    private static final UserId CLINICIAN = UserId.of("4a7c2e91-3b5d-4f8a-9c61-7e2d0b4f0004");
    private static final Instant START = Instant.parse("2026-05-04T09:30:00Z");

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();

    @Test
    void aSnapshotRestoresTheAppointmentsPartiesTimeAndStatus() throws Exception {
        Appointment original = newAppointment();
        original.on(new AppointmentRequested(APPOINTMENT, PATIENT, ORG, CLINICIAN, AppointmentType.FOLLOW_UP, START, 20,
                "palpitations", null));
        original.on(new AppointmentRescheduled(APPOINTMENT, PATIENT, CLINICIAN, START.plusSeconds(3600), 40, START, null));
        original.on(new PatientCheckedIn(APPOINTMENT, PATIENT, null));

        SerializedObject<byte[]> snapshot = serializer.serialize(original, byte[].class);
        Appointment restored = serializer.deserialize(snapshot);

        JsonNode before = mapper.readTree(snapshot.getData());
        JsonNode after = mapper.readTree(serializer.serialize(restored, byte[].class).getData());
        assertThat(after).isEqualTo(before);
        assertThat(before.get("appointmentId").get("value").asText()).isEqualTo(APPOINTMENT.toString());
        assertThat(before.get("organizationId").get("value").asText()).isEqualTo(ORG.toString());
        assertThat(before.get("patientId").get("value").asText()).isEqualTo(PATIENT.toString());
        assertThat(before.get("clinicianId").get("value").asText()).isEqualTo(CLINICIAN.toString());
        assertThat(before.get("type").asText()).isEqualTo("FOLLOW_UP");
        assertThat(before.get("start").asText()).isEqualTo("2026-05-04T10:30:00Z");
        assertThat(before.get("durationMinutes").asInt()).isEqualTo(40);
        assertThat(before.get("status").asText()).isEqualTo("CHECKED_IN");
    }

    private static Appointment newAppointment() throws Exception {
        Constructor<Appointment> constructor = Appointment.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}

package org.careledger.command.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.time.LocalDate;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** A snapshot goes through the Jackson serializer; the restored Patient must hold the same state. */
class PatientSnapshotTest {
    private static final PatientId PATIENT = PatientId.of("6a0d5d7e-2b7c-4b44-9a38-3c2a1f0e0001");
    private static final OrganizationId ORG = OrganizationId.of("6a0d5d7e-2b7c-4b44-9a38-3c2a1f0e0002");
    private static final UserId NURSE = UserId.of("6a0d5d7e-2b7c-4b44-9a38-3c2a1f0e0003");
    private static final UserId ADMIN = UserId.of("6a0d5d7e-2b7c-4b44-9a38-3c2a1f0e0004");

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSnapshotRestoresIdentityOrganizationCareTeamAndStatus() throws Exception {
        Patient original = newPatient();
        original.on(new PatientRegistered(PATIENT, ORG, new Mrn("SNAP000001"),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                ContactDetails.none(), ADMIN));
        original.on(new CareTeamMemberAssigned(PATIENT, NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN));
        original.on(new PatientDischarged(PATIENT, ADMIN));

        SerializedObject<byte[]> snapshot = serializer.serialize(original, byte[].class);
        Patient restored = serializer.deserialize(snapshot);

        JsonNode before = json.readTree(snapshot.getData());
        JsonNode after = json.readTree(serializer.serialize(restored, byte[].class).getData());
        assertThat(after).isEqualTo(before);
        assertThat(before.get("patientId").get("value").asText()).isEqualTo(PATIENT.toString());
        assertThat(before.get("organizationId").get("value").asText()).isEqualTo(ORG.toString());
        assertThat(before.get("careTeam").get(NURSE.toString()).asText()).isEqualTo("MEMBER");
        assertThat(before.get("discharged").asBoolean()).isTrue();
    }

    private static Patient newPatient() throws Exception {
        Constructor<Patient> constructor = Patient.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}

package org.careledger.command.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.junit.jupiter.api.Test;

/** A snapshot goes through the Jackson serializer; the restored Alert must hold the same state. */
class AlertSnapshotTest {
    private static final AlertId ALERT = AlertId.of("5c2e8a41-7d3b-4f6a-9b10-2e4d6f8a0001");
    private static final PatientId PATIENT = PatientId.of("5c2e8a41-7d3b-4f6a-9b10-2e4d6f8a0002");
    private static final OrganizationId ORG = OrganizationId.of("5c2e8a41-7d3b-4f6a-9b10-2e4d6f8a0003");

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSnapshotRestoresIdentityOrganizationStatusSeverityAndLevel() throws Exception {
        Alert original = newAlert();
        original.on(new AlertRaised(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.MEDIUM, "NEWS2 5", null));
        original.on(new AlertRecurred(ALERT, Severity.CRITICAL, "NEWS2 8", null));
        original.on(new AlertEscalated(ALERT, 2, EscalationReason.ACK_TIMEOUT, null));

        SerializedObject<byte[]> snapshot = serializer.serialize(original, byte[].class);
        Alert restored = serializer.deserialize(snapshot);

        JsonNode before = json.readTree(snapshot.getData());
        JsonNode after = json.readTree(serializer.serialize(restored, byte[].class).getData());
        assertThat(after).isEqualTo(before);
        assertThat(before.get("alertId").get("value").asText()).isEqualTo(ALERT.toString());
        assertThat(before.get("organizationId").get("value").asText()).isEqualTo(ORG.toString());
        assertThat(before.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(before.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(before.get("level").asInt()).isEqualTo(2);
    }

    private static Alert newAlert() throws Exception {
        Constructor<Alert> constructor = Alert.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}

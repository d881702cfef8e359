package org.careledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.careledger.api.patient.DischargeReason;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** The upcaster on events as the store holds them: JSON bytes with a type and a revision. */
class PatientDischargedUpcasterTest {
    private static final String PATIENT = "6a0d5d7e-2b7c-4b44-9a38-3c2a1f0e0001";
    private static final String CLINICIAN = "6a0d5d7e-2b7c-4b44-9a38-3c2a1f0e0003";
    // a PatientDischarged exactly as revision 1 stored it
    private static final String REVISION_1_PAYLOAD =
            "{\"patientId\":{\"value\":\"" + PATIENT + "\"},\"dischargedBy\":{\"value\":\"" + CLINICIAN + "\"}}";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
    private final PatientDischargedUpcaster upcaster = new PatientDischargedUpcaster();

    @Test
    void aRevision1DischargeReadsAsRevision2WithoutARecordedReason() throws Exception {
        IntermediateEventRepresentation upcast = only(upcaster.upcast(Stream.of(stored("1", REVISION_1_PAYLOAD))));

        assertThat(upcast.getType().getName()).isEqualTo(PatientDischarged.class.getName());
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.get("reason").asText()).isEqualTo("NOT_RECORDED");
        assertThat(payload.get("patientId").get("value").asText()).isEqualTo(PATIENT);
        PatientDischarged event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new PatientDischarged(
                PatientId.of(PATIENT), UserId.of(CLINICIAN), DischargeReason.NOT_RECORDED));
    }

    @Test
    void aRevision2DischargeKeepsItsReason() {
        var written = new PatientDischarged(PatientId.of(PATIENT), UserId.of(CLINICIAN), DischargeReason.DECEASED);
        SerializedObject<byte[]> bytes = serializer.serialize(written, byte[].class);
        assertThat(bytes.getType().getRevision()).isEqualTo("2");

        IntermediateEventRepresentation read = only(upcaster.upcast(
                Stream.of(stored("2", new String(bytes.getData(), StandardCharsets.UTF_8)))));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat((Object) serializer.deserialize(read.getData())).isEqualTo(written);
    }

    @Test
    void withoutTheUpcasterARevision1DischargeCannotBeRead() {
        IntermediateEventRepresentation raw = stored("1", REVISION_1_PAYLOAD);

        assertThatThrownBy(() -> serializer.deserialize(raw.getData())).hasRootCauseInstanceOf(NullPointerException.class);
    }

    private IntermediateEventRepresentation stored(String revision, String payload) {
        var entry = new GenericDomainEventEntry<>("Patient", PATIENT, 7, "event-" + revision, Instant.EPOCH,
                PatientDischarged.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }

    private static IntermediateEventRepresentation only(Stream<IntermediateEventRepresentation> representations) {
        List<IntermediateEventRepresentation> all = representations.toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}

package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Patient snapshots in the real JDBC store, with careledger.axon.patient-snapshot-threshold = 3 (IntegrationTest):
 * none before the threshold, one when a command's unit of work has handled 3 events of the stream (those loaded plus
 * those applied), and the aggregate then loads from it rather than from the first event.
 */
class PatientSnapshotIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired EventStore eventStore;
    @Autowired @Qualifier("patientCache") Cache patientCache;

    @Test
    void theSnapshotIsTakenAtTheThresholdAndThePatientLoadsFromIt() throws Exception {
        String patient = registerPatient(); // event 0
        Api nurse = newUser(Role.NURSE, null);
        assignToCareTeam(patient, nurse, "MEMBER"); // loads 0, applies 1: two events
        assertThat(snapshotOf(patient)).isEmpty();

        assertThat(nurse.post(vitals(patient), Map.of("heartRate", 72)).status()).isEqualTo(204); // loads 0-1, applies 2
        long snapshotAt = awaitSnapshot(patient);
        assertThat(snapshotAt).isEqualTo(2);
        DomainEventMessage<?> first = eventStore.readEvents(patient).asStream().findFirst().orElseThrow();
        assertThat(first.getPayloadType().getSimpleName()).isEqualTo("Patient");
        assertThat(first.getSequenceNumber()).isEqualTo(2);

        // A snapshot is a cache: take the nurse off the team in the snapshot alone. Her next reading is refused as
        // for a stranger, so the Patient was loaded from the snapshot, not from its events (which still have her).
        // The patient also sits in the aggregate cache, which is consulted before the store: drop it there, as a
        // restart or a busy cache would.
        removeFromSnapshot(patient, nurse.userId());
        assertThat(patientCache.remove(patient)).isTrue();
        assertThat(nurse.post(vitals(patient), Map.of("heartRate", 74)).status()).isEqualTo(404);
    }

    private static String vitals(String patient) {
        return "/api/v1/patients/" + patient + "/vital-signs";
    }

    // One connection for the whole wait: the PostgreSQL server is shared with other test runs.
    private static long awaitSnapshot(String patient) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (var connection = TestDatabase.connect()) {
            Optional<Long> sequence = snapshotOf(connection, patient);
            while (sequence.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                sequence = snapshotOf(connection, patient);
            }
            return sequence.orElseThrow(() -> new AssertionError("no snapshot of " + patient));
        }
    }

    private static Optional<Long> snapshotOf(String patient) throws Exception {
        try (var connection = TestDatabase.connect()) {
            return snapshotOf(connection, patient);
        }
    }

    private static Optional<Long> snapshotOf(Connection connection, String patient) throws Exception {
        try (var query = connection.prepareStatement(
                "SELECT sequencenumber FROM snapshotevententry WHERE aggregateidentifier = ? AND type = 'Patient'")) {
            query.setString(1, patient);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void removeFromSnapshot(String patient, String member) throws Exception {
        try (var connection = TestDatabase.connect()) {
            byte[] payload;
            try (var read = connection.prepareStatement(
                    "SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ?")) {
                read.setString(1, patient);
                try (ResultSet rows = read.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    payload = rows.getBytes(1);
                }
            }
            ObjectNode state = (ObjectNode) JSON.readTree(payload);
            assertThat(((ObjectNode) state.get("careTeam")).remove(member)).as("the nurse in the snapshot").isNotNull();
            try (var write = connection.prepareStatement(
                    "UPDATE snapshotevententry SET payload = ? WHERE aggregateidentifier = ?")) {
                write.setBytes(1, JSON.writeValueAsBytes(state));
                write.setString(2, patient);
                assertThat(write.executeUpdate()).isEqualTo(1);
            }
        }
    }
}

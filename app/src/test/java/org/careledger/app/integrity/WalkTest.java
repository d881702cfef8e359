package org.careledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.careledger.app.integrity.IntegrityReport.Problem;
import org.careledger.app.integrity.IntegrityReport.Status;
import org.junit.jupiter.api.Test;

/** The verification steps over events and chain entries as the verifier reads them, without a database. */
class WalkTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final SigningKeys keys = new SigningKeys(SigningKeys.generate(), List.of());
    private final List<StoredEvent> events = new ArrayList<>();
    private final List<Walk.Entry> entries = new ArrayList<>();

    WalkTest() {
        String previous = ChainHash.GENESIS;
        Long previousIndex = null;
        for (long index : new long[] {1, 2, 4, 5, 6}) { // 3 was a rolled-back append
            var event = new StoredEvent(index, "event-" + index, "patient", index, "Patient", "2026-11-23T11:00:0" + index + "Z",
                    "org.careledger.api.patient.VitalSignsRecorded", "1", ("{\"n\":" + index + "}").getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
            previous = ChainHash.next(previous, event);
            events.add(event);
            entries.add(new Walk.Entry(index, event.eventIdentifier(), previousIndex, previous));
            previousIndex = index;
        }
    }

    @Test
    void anIntactChainVerifiesAcrossIndexGapsAndAgainstEveryCheckpoint() {
        IntegrityReport report = walk(List.of(checkpoint(2, keys), checkpoint(6, keys)), events.size());

        assertThat(report.status()).isEqualTo(Status.INTACT);
        assertThat(report.eventsVerified()).isEqualTo(5);
        assertThat(report.checkpointsVerified()).isEqualTo(2);
        assertThat(report.head().hash()).isEqualTo(entries.get(4).hash());
        assertThat(report.latestCheckpoint().globalIndex()).isEqualTo(6);
    }

    @Test
    void eventsCutFromTheEndWithTheirEntriesAreMissingAtTheCheckpointThatCoveredThem() {
        IntegrityReport report = walk(List.of(checkpoint(2, keys), checkpoint(6, keys)), 3);

        assertThat(report.firstMismatch().problem()).isEqualTo(Problem.EVENT_MISSING);
        assertThat(report.firstMismatch().globalIndex()).isEqualTo(6);
        assertThat(report.firstMismatch().eventIdentifier()).isEqualTo("event-6");
    }

    @Test
    void anEntryThatNoLongerPointsAtItsPredecessorIsAChangedEntry() {
        var original = entries.get(2);
        entries.set(2, new Walk.Entry(original.globalIndex(), original.eventIdentifier(), 1L, original.hash()));

        IntegrityReport report = walk(List.of(), events.size());

        assertThat(report.firstMismatch().problem()).isEqualTo(Problem.CHAIN_ENTRY_CHANGED);
        assertThat(report.firstMismatch().globalIndex()).isEqualTo(4);
    }

    @Test
    void aCheckpointSignedByAnUnknownKeyFailsItsSignature() {
        var stranger = new SigningKeys(SigningKeys.generate(), List.of());

        IntegrityReport report = walk(List.of(checkpoint(2, keys), checkpoint(5, stranger)), events.size());

        assertThat(report.firstMismatch().problem()).isEqualTo(Problem.BAD_SIGNATURE);
        assertThat(report.firstMismatch().globalIndex()).isEqualTo(5);
        assertThat(report.checkpointsVerified()).isEqualTo(1);
    }

    private IntegrityReport walk(List<Checkpoint> checkpoints, int stored) {
        var walk = new Walk(checkpoints, keys, "test", NOW);
        for (int i = 0; i < stored; i++) {
            IntegrityReport broken = walk.step(events.get(i), entries.get(i));
            if (broken != null) {
                return broken;
            }
        }
        return walk.finish();
    }

    private Checkpoint checkpoint(long globalIndex, SigningKeys signer) {
        int i = events.stream().map(StoredEvent::globalIndex).toList().indexOf(globalIndex);
        String hash = entries.get(i).hash();
        String text = Checkpoint.signedText(globalIndex, "event-" + globalIndex, hash, NOW.toString());
        return new Checkpoint(globalIndex, "event-" + globalIndex, hash, NOW.toString(), signer.keyId(), signer.sign(text));
    }
}

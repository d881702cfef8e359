package org.careledger.app.integrity;

import static org.careledger.app.integrity.IntegrityReport.Problem.BAD_SIGNATURE;
import static org.careledger.app.integrity.IntegrityReport.Problem.CHAIN_ENTRY_CHANGED;
import static org.careledger.app.integrity.IntegrityReport.Problem.CHAIN_ENTRY_MISSING;
import static org.careledger.app.integrity.IntegrityReport.Problem.CHECKPOINT_MISMATCH;
import static org.careledger.app.integrity.IntegrityReport.Problem.EVENT_CHANGED;
import static org.careledger.app.integrity.IntegrityReport.Problem.EVENT_MISSING;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.careledger.app.integrity.IntegrityReport.Mismatch;
import org.careledger.app.integrity.IntegrityReport.Position;
import org.careledger.app.integrity.IntegrityReport.Problem;
import org.careledger.app.integrity.IntegrityReport.Status;

/**
 * One verification in progress: the recomputed chain so far, and the signed checkpoints still ahead.
 * Each step takes an event and the chain entry at the same global index.
 */
final class Walk {
    private final List<Checkpoint> checkpoints;
    private final SigningKeys keys;
    private final String store;
    private final Instant startedAt;
    private int nextCheckpoint;
    private int checkpointsVerified;
    private Checkpoint lastVerified;
    private Long previousIndex;
    private String previousIdentifier;
    private String previousHash = ChainHash.GENESIS;
    private long eventsVerified;

    /** A row of {@code event_chain}. */
    record Entry(long globalIndex, String eventIdentifier, Long previousGlobalIndex, String hash) {
        static Entry read(ResultSet row) throws SQLException {
            long previous = row.getLong(3);
            Long previousGlobalIndex = row.wasNull() ? null : previous; // before the next getter resets wasNull
            return new Entry(row.getLong(1), row.getString(2), previousGlobalIndex, row.getString(4));
        }
    }

    Walk(List<Checkpoint> checkpoints, SigningKeys keys, String store, Instant startedAt) {
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.store = store;
        this.startedAt = startedAt;
    }

    /** Checks one event against its chain entry and any checkpoint at it; a report when something is wrong. */
    IntegrityReport step(StoredEvent event, Entry entry) {
        if (!Objects.equals(entry.previousGlobalIndex(), previousIndex)) {
            return entry.previousGlobalIndex() != null && (previousIndex == null || entry.previousGlobalIndex() > previousIndex)
                    ? broken(entry.previousGlobalIndex(), null, EVENT_MISSING, "the chain entry of global index "
                            + entry.globalIndex() + " follows this one, but neither the event nor its chain entry is stored")
                    : broken(entry.globalIndex(), entry.eventIdentifier(), CHAIN_ENTRY_CHANGED,
                            "the chain entry no longer points at the entry before it");
        }
        String hash = ChainHash.next(previousHash, event);
        if (!hash.equals(entry.hash()) || !event.eventIdentifier().equals(entry.eventIdentifier())) {
            return broken(event.globalIndex(), event.eventIdentifier(), EVENT_CHANGED, "the stored event no longer matches "
                    + "its chain entry: a column (payload, metadata, type, time, ...) of the event, or the entry, was changed");
        }
        previousIndex = event.globalIndex();
        previousIdentifier = event.eventIdentifier();
        previousHash = hash;
        eventsVerified++;
        return checkpointsUpTo(event.globalIndex());
    }

    /** A stored event with no chain entry at its index. */
    IntegrityReport unchained(StoredEvent event) {
        return broken(event.globalIndex(), event.eventIdentifier(), CHAIN_ENTRY_MISSING,
                "the stored event has no chain entry: it was not appended through CareLedger, or its entry was deleted");
    }

    /** A chain entry whose event is not stored. */
    IntegrityReport missing(Entry entry) {
        return broken(entry.globalIndex(), entry.eventIdentifier(), EVENT_MISSING,
                "the chain names an event that is no longer stored");
    }

    /** After the last event: checkpoints beyond it name events that were removed from the end. */
    IntegrityReport finish() {
        IntegrityReport broken = checkpointsUpTo(Long.MAX_VALUE);
        if (broken != null) {
            return broken;
        }
        return report(Status.INTACT, null);
    }

    private IntegrityReport checkpointsUpTo(long globalIndex) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).globalIndex() <= globalIndex) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            if (!keys.verify(checkpoint.keyId(), checkpoint.signedText(), checkpoint.signature())) {
                return broken(checkpoint.globalIndex(), checkpoint.eventIdentifier(), BAD_SIGNATURE,
                        "a checkpoint in the " + store + " is unreadable, or its signature does not verify with any known key");
            }
            if (previousIndex == null || checkpoint.globalIndex() != previousIndex) {
                return broken(checkpoint.globalIndex(), checkpoint.eventIdentifier(), EVENT_MISSING,
                        "a checkpoint signed at " + checkpoint.signedAt() + " names an event that is no longer stored");
            }
            if (!checkpoint.hash().equals(previousHash) || !checkpoint.eventIdentifier().equals(previousIdentifier)) {
                String after = lastVerified == null ? "the first event" : "global index " + lastVerified.globalIndex();
                return broken(checkpoint.globalIndex(), checkpoint.eventIdentifier(), CHECKPOINT_MISMATCH,
                        "events and chain entries agree, but not with the checkpoint signed at " + checkpoint.signedAt()
                                + ": an event after " + after + ", up to this one, was rewritten together with the chain");
            }
            checkpointsVerified++;
            lastVerified = checkpoint;
        }
        return null;
    }

    private IntegrityReport broken(long globalIndex, String eventIdentifier, Problem problem, String detail) {
        return report(Status.BROKEN, new Mismatch(globalIndex, eventIdentifier, problem, detail));
    }

    private IntegrityReport report(Status status, Mismatch mismatch) {
        Position head = previousIndex == null ? null : new Position(previousIndex, previousIdentifier, previousHash, null);
        Position checkpoint = lastVerified == null ? null : new Position(lastVerified.globalIndex(),
                lastVerified.eventIdentifier(), lastVerified.hash(), lastVerified.signedAt());
        return new IntegrityReport(status, eventsVerified, head, checkpointsVerified, checkpoint, mismatch, store,
                startedAt);
    }
}

package org.careledger.app.integrity;

import java.time.Instant;

/**
 * The outcome of verifying the event chain: how far it was verified, the head it reached, how many
 * signed checkpoints matched, and the first problem found, if any (verification stops there).
 */
record IntegrityReport(Status status, long eventsVerified, Position head, int checkpointsVerified,
        Position latestCheckpoint, Mismatch firstMismatch, String checkpointStore, Instant verifiedAt) {

    enum Status { INTACT, BROKEN }

    enum Problem {
        /** A stored event no longer matches its chain entry: a column of the event (or the entry) was changed. */
        EVENT_CHANGED,
        /** The chain or a signed checkpoint names an event that is no longer stored. */
        EVENT_MISSING,
        /** A stored event has no chain entry: it was written around CareLedger, or its entry was deleted. */
        CHAIN_ENTRY_MISSING,
        /** The chain entry was changed: it no longer points at the entry before it. */
        CHAIN_ENTRY_CHANGED,
        /** Events and chain agree, but not with a signed checkpoint: both were rewritten. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify with any known key, or the checkpoint is unreadable. */
        BAD_SIGNATURE
    }

    /** A place in the chain; {@code signedAt} only for checkpoints. */
    record Position(long globalIndex, String eventIdentifier, String hash, String signedAt) {}

    /** The first problem; {@code eventIdentifier} is null when not even the chain remembers it. */
    record Mismatch(long globalIndex, String eventIdentifier, Problem problem, String detail) {}
}

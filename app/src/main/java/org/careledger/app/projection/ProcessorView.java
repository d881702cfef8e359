package org.careledger.app.projection;

import java.time.Instant;
import java.util.List;

/**
 * One event processor as an operator sees it. Positions are global positions in the event stream (the last event
 * handled); absent values (no position yet, no lag for a processor without one) are left out of the JSON.
 *
 * @param name the processor's name, which is its processing group
 * @param kind {@code streaming} (has a position, can be reset) or {@code subscribing} (runs in the publishing thread)
 * @param rebuildable whether {@code POST /api/v1/admin/projections/{name}/rebuild} accepts it
 * @param reason why it cannot be rebuilt, when it cannot
 * @param tables the tables it alone owns, emptied by a rebuild (rebuildable processors only)
 * @param status {@code running}, {@code replaying}, {@code stopped} or {@code error}
 * @param position the lowest position of its segments: every event up to here has been handled
 * @param head the position of the newest event in the store
 * @param lagEvents how far {@code position} trails {@code head}
 * @param lagSeconds how old the oldest event it has not handled yet is; 0 when caught up
 * @param segments position and state of each segment this node holds
 * @param errors the segments that failed on an event and are retrying it
 * @param replay progress while it replays
 */
public record ProcessorView(String name, String kind, boolean rebuildable, String reason, List<String> tables,
        String status, Long position, Long head, Long lagEvents, Double lagSeconds, List<Segment> segments,
        List<SegmentError> errors, Replay replay) {

    /** A segment's token. {@code resetPosition} is where a replay of that segment ends. */
    public record Segment(int segment, int mask, Long position, boolean caughtUp, boolean replaying,
            Long resetPosition, boolean error) {}

    /** A failing segment: the exception's type and its root cause's type (messages may hold patient data). */
    public record SegmentError(int segment, String error, String cause) {}

    /**
     * A replay under way.
     *
     * @param startedAt when it started (or was first seen, if another node or the start-up began it)
     * @param requestedBy the user who asked for the rebuild, when it was asked for on this node
     * @param position where it has got to
     * @param target where it ends: the head of the stream when it started
     * @param percent how much of the way from its start to its target is done
     * @param eventsPerSecond average speed since it started
     * @param etaSeconds estimated time left at that speed
     */
    public record Replay(Instant startedAt, String requestedBy, long position, long target, double percent,
            Double eventsPerSecond, Double etaSeconds) {}

    /** Every processor of this node, and the head of the event stream. */
    public record Overview(Instant at, Long head, List<ProcessorView> processors) {}
}

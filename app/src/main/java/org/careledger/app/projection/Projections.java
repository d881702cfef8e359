package org.careledger.app.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.careledger.api.shared.UserId;
import org.careledger.query.ProjectionTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The event processors of this node: their positions and state, and the rebuild of a projection by a reset of its
 * processor. Only processing groups with a {@link ProjectionTables} bean can be rebuilt: their {@code @ResetHandler}
 * empties exactly those tables, and they send nothing. A rebuild shuts the processor down on this node, resets its
 * tokens (Axon calls the reset handler in the same transaction) and starts it again; it then replays the history up
 * to where it was and carries on with new events. Every other processor keeps running meanwhile.
 *
 * <p>A monitor logs the progress of every replay on this node at {@code careledger.projections.progress-interval}
 * and its end.
 */
@Component
public class Projections implements InitializingBean, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final Map<String, ProjectionTables> projections;
    private final ProjectionProperties properties;
    private final Clock clock;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final Set<String> resetting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "projection-progress");
        thread.setDaemon(true);
        return thread;
    });

    Projections(EventProcessingConfiguration processing, EventStore events, List<ProjectionTables> projections,
            ProjectionProperties properties, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.projections = projections.stream()
                .collect(Collectors.toMap(ProjectionTables::processingGroup, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two ProjectionTables beans for " + a.processingGroup());
                }));
        this.properties = properties;
        this.clock = clock;
    }

    /** The processing groups that declare their tables, which are the only ones a rebuild accepts. */
    public Set<String> rebuildable() {
        return Set.copyOf(projections.keySet());
    }

    public ProcessorView.Overview overview() {
        Long head = head();
        List<ProcessorView> views = processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> view(processor, head))
                .toList();
        return new ProcessorView.Overview(clock.instant(), head, views);
    }

    public Optional<ProcessorView> find(String name) {
        return Optional.ofNullable(processing.eventProcessors().get(name)).map(processor -> view(processor, head()));
    }

    /**
     * Empties the projection's tables and replays its processor from the first event, on this node.
     *
     * @throws ProcessorNotFound no processor of that name
     * @throws ProcessorNotRebuildable it is not a projection with declared tables, or it refuses a reset
     * @throws RebuildInProgress it is replaying already
     * @throws ProcessorClaimedElsewhere another node holds some of its segments; nothing was reset
     */
    public ProcessorView rebuild(String name, UserId requestedBy) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (processor == null) {
            throw new ProcessorNotFound(name);
        }
        String refusal = refusal(processor);
        if (refusal != null) {
            throw new ProcessorNotRebuildable(name, refusal);
        }
        StreamingEventProcessor streaming = (StreamingEventProcessor) processor;
        Replay replay = new Replay(clock.instant(), requestedBy == null ? null : requestedBy.value().toString(), 0,
                head());
        if (replaying(streaming.processingStatus()) || replays.putIfAbsent(name, replay) != null) {
            throw new RebuildInProgress(name);
        }
        resetting.add(name);
        try {
            streaming.shutDown();
            streaming.resetTokens();
        } catch (RuntimeException e) {
            replays.remove(name, replay);
            resetting.remove(name);
            streaming.start();
            if (causedBy(e, UnableToClaimTokenException.class)) {
                log.warn("Rebuild of {} refused: another node holds some of its segments", name);
                throw new ProcessorClaimedElsewhere(name);
            }
            throw e;
        }
        streaming.start();
        resetting.remove(name);
        log.info("Rebuild of {} started{}: tables {} emptied, replaying up to position {}", name,
                replay.requestedBy() == null ? "" : " by user " + replay.requestedBy(),
                projections.get(name).tables(), replay.target());
        return view(processor, head());
    }

    /** Whether a replay of this processor is still under way on this node. */
    public boolean isReplaying(String name) {
        return replays.containsKey(name);
    }

    /** Why this processor cannot be rebuilt, or null if it can. */
    private String refusal(EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return "it is a subscribing processor: it works inside the transaction of each command and has no "
                    + "position to reset";
        }
        if (sagaProcessors().contains(processor.getName())) {
            return "it runs sagas: a replay cannot restore their state, and their commands and deadlines must "
                    + "never happen twice";
        }
        if (!streaming.supportsReset()) {
            return "its handlers have side effects (they send notifications or commands) and refuse a replay";
        }
        if (!projections.containsKey(processor.getName())) {
            return "it is not a projection: no ProjectionTables bean names tables that it alone owns, and "
                    + "processors that act on events (rules, notifications) are never replayed from here";
        }
        return null;
    }

    private Set<String> sagaProcessors() {
        return processing.sagaConfigurations().stream()
                .map(saga -> processing.eventProcessorByProcessingGroup(saga.processingGroup()))
                .flatMap(Optional::stream)
                .map(EventProcessor::getName)
                .collect(Collectors.toSet());
    }

    private ProcessorView view(EventProcessor processor, Long head) {
        String name = processor.getName();
        String refusal = refusal(processor);
        List<String> tables = refusal == null ? projections.get(name).tables() : null;
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorView(name, "subscribing", false, refusal, null,
                    processor.isError() ? "error" : processor.isRunning() ? "running" : "stopped",
                    null, head, null, null, null, null, null);
        }
        Map<Integer, EventTrackerStatus> status = Map.copyOf(streaming.processingStatus());
        List<ProcessorView.Segment> segments = status.values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(s -> new ProcessorView.Segment(s.getSegment().getSegmentId(), s.getSegment().getMask(),
                        boxed(s.getCurrentPosition()), s.isCaughtUp(), replaying(s), boxed(s.getResetPosition()),
                        s.isErrorState()))
                .toList();
        List<ProcessorView.SegmentError> errors = status.values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(s -> new ProcessorView.SegmentError(s.getSegment().getSegmentId(), typeOf(s.getError()),
                        typeOf(rootCause(s.getError()))))
                .toList();
        Optional<EventTrackerStatus> slowest = status.values().stream()
                .min(Comparator.comparingLong(s -> s.getCurrentPosition().orElse(-1)));
        Long position = slowest.map(s -> s.getCurrentPosition().orElse(0)).orElse(null);
        Long lag = position == null || head == null ? null : Math.max(0, head - position);
        Double lagSeconds = lag == null ? null : lag == 0 ? 0.0 : age(slowest.get().getTrackingToken());
        Replay replay = replays.get(name);
        String state;
        if (streaming.isError() || !errors.isEmpty()) {
            state = "error";
        } else if (replay != null || replaying(status)) {
            state = "replaying";
        } else {
            state = streaming.isRunning() ? "running" : "stopped";
        }
        ProcessorView.Replay progress = replay == null && !replaying(status) ? null
                : progress(replay == null ? observed(name, status) : replay, status);
        return new ProcessorView(name, "streaming", refusal == null, refusal, tables, state, position, head, lag,
                lagSeconds, segments, errors, progress);
    }

    private Replay observed(String name, Map<Integer, EventTrackerStatus> status) {
        long position = lowest(status);
        long target = status.values().stream().mapToLong(s -> s.getResetPosition().orElse(position)).max()
                .orElse(position);
        return replays.computeIfAbsent(name, n -> new Replay(clock.instant(), null, position, target));
    }

    private ProcessorView.Replay progress(Replay replay, Map<Integer, EventTrackerStatus> status) {
        long position = lowest(status);
        long done = Math.max(0, position - replay.startPosition);
        long total = replay.target - replay.startPosition;
        double percent = total <= 0 ? 100.0 : Math.min(100.0, 100.0 * done / total);
        double seconds = Duration.between(replay.startedAt, clock.instant()).toMillis() / 1000.0;
        Double rate = seconds < 0.5 || done == 0 ? null : round(done / seconds);
        Double eta = rate == null ? null : round(Math.max(0, replay.target - position) / rate);
        return new ProcessorView.Replay(replay.startedAt, replay.requestedBy, position, replay.target,
                round(percent), rate, eta);
    }

    /** The age of the first event after this token, which is the oldest event the processor has not handled. */
    private Double age(TrackingToken token) {
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(WrappedToken.unwrapLowerBound(token))) {
            if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                Optional<TrackedEventMessage<?>> next = stream.peek();
                if (next.isPresent()) {
                    return round(Math.max(0, Duration.between(next.get().getTimestamp(), clock.instant()).toMillis())
                            / 1000.0);
                }
            }
            return 0.0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException e) {
            log.warn("Could not read the event after a processor's position ({})", e.getClass().getName());
            return null;
        }
    }

    private Long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0L : head.position().orElse(0);
    }

    @Override
    public void afterPropertiesSet() {
        long every = properties.progressInterval().toMillis();
        monitor.scheduleWithFixedDelay(this::reportProgress, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        monitor.shutdownNow();
    }

    /** Logs each replay on this node, and its end once it has caught up with the stream as it was at its start. */
    void reportProgress() {
        try {
            for (EventProcessor processor : processing.eventProcessors().values()) {
                if (!(processor instanceof StreamingEventProcessor streaming)) {
                    continue;
                }
                String name = processor.getName();
                if (resetting.contains(name)) {
                    continue;
                }
                Map<Integer, EventTrackerStatus> status = Map.copyOf(streaming.processingStatus());
                Replay replay = replays.get(name);
                if (replay == null && replaying(status)) {
                    replay = observed(name, status);
                }
                if (replay == null) {
                    continue;
                }
                ProcessorView.Replay progress = progress(replay, status);
                if (finished(streaming, status, replay)) {
                    replays.remove(name, replay);
                    double seconds = Duration.between(replay.startedAt, clock.instant()).toMillis() / 1000.0;
                    log.info("Replay of {} finished: position {} reached in {} s ({} events/s)", name,
                            progress.position(), round(seconds),
                            seconds <= 0 ? "-" : round((progress.position() - replay.startPosition) / seconds));
                } else {
                    log.info("Replay of {}: position {} of {} ({}%), {} events/s, {}{}", name, progress.position(),
                            progress.target(), progress.percent(),
                            progress.eventsPerSecond() == null ? "-" : progress.eventsPerSecond(),
                            progress.etaSeconds() == null ? "time left unknown"
                                    : "about " + Math.round(progress.etaSeconds()) + " s left",
                            streaming.isError() ? "; failing and retrying, see the errors above" : "");
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not report replay progress ({})", e.getClass().getName(), e);
        }
    }

    /**
     * Caught up: running, holding segments that are all done replaying and at the end of the stream, and past the
     * position that was the head when the replay began.
     */
    private static boolean finished(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> status,
            Replay replay) {
        return processor.isRunning() && !status.isEmpty() && !replaying(status)
                && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                && lowest(status) >= replay.target;
    }

    /**
     * Whether a segment still has history to replay. Axon keeps a segment's replay token, and reports it replaying,
     * until it handles an event past the reset position; on a quiet stream that event may be long in coming, so a
     * segment that has caught up with its reset position counts as done.
     */
    private static boolean replaying(Map<Integer, EventTrackerStatus> status) {
        return status.values().stream().anyMatch(Projections::replaying);
    }

    private static boolean replaying(EventTrackerStatus segment) {
        return segment.isReplaying() && !(segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(0));
    }

    private static long lowest(Map<Integer, EventTrackerStatus> status) {
        return status.values().stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String typeOf(Throwable error) {
        return error == null ? null : error.getClass().getName();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A replay under way on this node; {@code target} is the head of the stream when it began. */
    private record Replay(Instant startedAt, String requestedBy, long startPosition, long target) {}
}

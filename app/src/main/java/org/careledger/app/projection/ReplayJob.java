package org.careledger.app.projection;

import java.time.Duration;
import java.time.Instant;
import org.careledger.api.shared.ClinicalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The replay job ({@code careledger.roles=replay}): resets the requested projections, replays them in this process
 * while {@link Projections} logs their progress, and ends once all have caught up. Exit codes: 0 caught up; 2 no
 * names, an unknown name or one that cannot be rebuilt (nothing was replayed); 3 a replay could not start, for
 * instance because a serving node holds the processor.
 */
final class ReplayJob implements ApplicationRunner, ExitCodeGenerator {
    static final int CAUGHT_UP = 0;
    static final int BAD_REQUEST = 2;
    static final int NOT_STARTED = 3;
    private static final Logger log = LoggerFactory.getLogger(ReplayJob.class);

    private final ReplaySelection selection;
    private final Projections projections;
    private volatile int exitCode = 1;

    ReplayJob(ReplaySelection selection, Projections projections) {
        this.selection = selection;
        this.projections = projections;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (selection.requested().isEmpty()) {
            log.error("Replay job: name the projections to replay, e.g. --careledger.replay.projections={}",
                    String.join(",", selection.rebuildable()));
            exitCode = BAD_REQUEST;
            return;
        }
        if (!selection.valid()) {
            for (String name : selection.invalid()) {
                if (selection.exists(name)) {
                    log.error("Replay job: {} cannot be replayed: it is not a projection with declared tables; "
                            + "processors with side effects (rules, notifications, sagas) are never replayed", name);
                } else {
                    log.error("Replay job: there is no event processor named {}", name);
                }
            }
            log.error("Replay job: nothing was replayed. Projections that can be: {}",
                    String.join(", ", selection.rebuildable().stream().sorted().toList()));
            exitCode = BAD_REQUEST;
            return;
        }
        Instant start = Instant.now();
        log.info("Replay job: replaying {}; no other event processor runs in this process", selection.requested());
        for (String name : selection.requested()) {
            try {
                projections.rebuild(name, null);
            } catch (ClinicalException e) {
                log.error("Replay job: the replay of {} did not start: {}", name, e.getMessage());
                exitCode = NOT_STARTED;
                return;
            }
        }
        while (selection.requested().stream().anyMatch(projections::isReplaying)) {
            Thread.sleep(200);
        }
        log.info("Replay job: {} caught up in {} s", selection.requested(),
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
        exitCode = CAUGHT_UP;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

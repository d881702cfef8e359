package org.careledger.query;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection writes while its processor handles one batch of events, written in one go just before the batch's
 * transaction commits. A processor handles a batch in one unit of work and one transaction, so rows collected here
 * commit or roll back together with the batch's events and its token: nothing is written for a batch that fails, and
 * the retried batch collects its rows again. Outside a unit of work (a handler called directly) the rows are written
 * at once.
 *
 * @param <T> the projection's collection of pending rows
 */
public final class BatchWrites<T> {
    private final String key;
    private final Supplier<T> create;
    private final Consumer<T> write;
    private final Consumer<T> committed;

    /**
     * @param key       names the pending rows among the unit of work's resources; unique per projection
     * @param create    a new, empty collection of pending rows
     * @param write     writes the pending rows, inside the batch's transaction
     * @param committed runs once the batch's transaction has committed (what a projection may now remember)
     */
    public BatchWrites(String key, Supplier<T> create, Consumer<T> write, Consumer<T> committed) {
        this.key = key;
        this.create = create;
        this.write = write;
        this.committed = committed;
    }

    /** Pending rows with nothing to remember after the commit. */
    public BatchWrites(String key, Supplier<T> create, Consumer<T> write) {
        this(key, create, write, rows -> {});
    }

    /** Lets {@code work} add to the current batch's pending rows. */
    public void collect(Consumer<T> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            T rows = create.get();
            work.accept(rows);
            write.accept(rows);
            committed.accept(rows);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        T rows = batch.getOrComputeResource(key, ignored -> {
            T created = create.get();
            batch.onPrepareCommit(unitOfWork -> write.accept(created));
            batch.afterCommit(unitOfWork -> committed.accept(created));
            return created;
        });
        work.accept(rows);
    }
}

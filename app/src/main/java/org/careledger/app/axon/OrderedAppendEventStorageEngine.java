package org.careledger.app.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.careledger.app.integrity.EventChain;

/**
 * Axon's JDBC event storage engine with one change: every append first locks the single row of
 * {@code event_append_lock}, and holds it until its transaction ends.
 *
 * <p>Without it, two transactions take global index values in one order and may commit in the
 * other. A tracking processor that reads index 8 while 7 is still uncommitted records 7 as a gap,
 * and gives up on it after the gap timeout; a slow transaction's event is then never projected
 * (AxonFramework issue 4829). With appends serialized, an index becomes visible only after every
 * lower index has committed or rolled back, so a gap is always a rollback and skipping it loses
 * nothing. The price is one append transaction at a time, which the benchmarks measure.
 *
 * <p>While it holds the lock, the append also extends the hash chain over the stored events (see
 * {@link EventChain}, docs/integrity.md), in the same transaction as the events.
 */
class OrderedAppendEventStorageEngine extends JdbcEventStorageEngine {
    private static final String LOCK = "SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE";

    private final TransactionManager transactions;
    private final ConnectionProvider connections;
    private final EventChain chain;

    OrderedAppendEventStorageEngine(Builder builder, TransactionManager transactions, ConnectionProvider connections,
            EventChain chain) {
        super(builder.transactionManager(transactions).connectionProvider(connections));
        this.transactions = transactions;
        this.connections = connections;
        this.chain = chain;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        // One transaction for the lock and the insert: the lock must live exactly as long as the append.
        transactions.executeInTransaction(() -> {
            lockAppends();
            super.appendEvents(events, serializer);
            extendChain(events);
        });
    }

    private void lockAppends() {
        try (Connection connection = connections.getConnection();
                PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new EventStoreException("could not take the event append lock", e);
        }
    }

    private void extendChain(List<? extends EventMessage<?>> events) {
        try (Connection connection = connections.getConnection()) {
            chain.extend(connection, events.stream().map(EventMessage::getIdentifier).toList());
        } catch (SQLException e) {
            throw new EventStoreException("could not extend the event chain", e);
        }
    }
}

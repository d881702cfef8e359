package org.careledger.app.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the hash chain over the stored events in {@code event_chain}. The storage engine calls
 * {@link #extend} inside each append's transaction, while it holds the append lock, so chain rows
 * commit or roll back with their events and are written in global-index order.
 *
 * <p>An append chains only the events it inserted itself: a row slipped into {@code domainevententry}
 * by other means stays unchained, and verification reports it. The one exception is the first chain
 * operation of a process ({@link #adopt}, at start-up): it chains every event above the current head,
 * which is how a store that existed before the chain, or events written while no CareLedger with the
 * chain was running, join it. Adoptions are logged and followed by a signed checkpoint.
 */
public class EventChain {
    private static final Logger log = LoggerFactory.getLogger(EventChain.class);
    static final String LOCK = "SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE";
    private static final String HEAD = "SELECT global_index, event_identifier, hash FROM event_chain "
            + "ORDER BY global_index DESC LIMIT 1";
    // Read in pages with a LIMIT: an open-ended range let PostgreSQL plan a sequential scan of the whole event table
    // whenever its statistics lagged behind the table's growth, and this runs under the append lock on every append.
    private static final int PAGE_SIZE = 500;
    private static final String ABOVE = "SELECT " + StoredEvent.COLUMNS + " FROM domainevententry "
            + "WHERE globalindex > ? ORDER BY globalindex LIMIT " + PAGE_SIZE;
    private static final String INSERT = "INSERT INTO event_chain "
            + "(global_index, event_identifier, previous_global_index, hash) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean adopted;

    EventChain(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The newest chain entry that has committed, if any. */
    record Head(long position, String eventIdentifier, String hash) {}

    /**
     * Chains the events this append just inserted. Call with the append lock held, on the append's
     * connection, after the insert.
     */
    public void extend(Connection connection, Collection<String> insertedEventIdentifiers) throws SQLException {
        if (!adopted) {
            adoptLocked(connection);
        }
        Set<String> inserted = new HashSet<>(insertedEventIdentifiers);
        int chained = chainAbove(connection, event -> inserted.contains(event.eventIdentifier()));
        if (chained < inserted.size()) {
            throw new SQLException("only " + chained + " of " + inserted.size() + " appended events were found to chain");
        }
        listeners.forEach(listener -> listener.accept(chained));
    }

    /** Chains every event above the head, once per process, before any append is chained. */
    void adopt() {
        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                    lock.executeQuery().close();
                }
                adoptLocked(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("could not bring the event chain up to date", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /** Called with the number of events each append chained. */
    void onChained(IntConsumer listener) {
        listeners.add(listener);
    }

    Optional<Head> head() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(HEAD);
                ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2), row.getString(3))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the head of the event chain", e);
        }
    }

    private synchronized void adoptLocked(Connection connection) throws SQLException {
        if (adopted) {
            return;
        }
        int count = chainAbove(connection, event -> true);
        if (count > 0) {
            log.warn("Event chain: adopted {} stored events that were not yet chained (a store that predates the chain, "
                    + "or events written while no chain-keeping CareLedger ran); see docs/integrity.md", count);
        }
        adopted = true;
    }

    private int chainAbove(Connection connection, java.util.function.Predicate<StoredEvent> toChain) throws SQLException {
        Optional<Head> head = head(connection);
        Long previousIndex = head.map(Head::position).orElse(null);
        String previousHash = head.map(Head::hash).orElse(ChainHash.GENESIS);
        List<Object[]> entries = new ArrayList<>();
        int chained = 0;
        long readAbove = previousIndex == null ? Long.MIN_VALUE : previousIndex;
        int read;
        do {
            read = 0;
            try (PreparedStatement query = connection.prepareStatement(ABOVE)) {
                query.setLong(1, readAbove);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        StoredEvent event = StoredEvent.read(rows);
                        readAbove = event.globalIndex();
                        if (!toChain.test(event)) {
                            log.warn("Event chain: event at global index {} was not appended through CareLedger and "
                                    + "stays unchained; integrity verification will report it", event.globalIndex());
                            continue;
                        }
                        previousHash = ChainHash.next(previousHash, event);
                        entries.add(new Object[] {event.globalIndex(), event.eventIdentifier(), previousIndex, previousHash});
                        previousIndex = event.globalIndex();
                    }
                }
            }
            chained += insert(connection, entries); // adopting a large store goes page by page, never loaded whole
        } while (read == PAGE_SIZE);
        return chained;
    }

    private static Optional<Head> head(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HEAD); ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2), row.getString(3))) : Optional.empty();
        }
    }

    private static int insert(Connection connection, List<Object[]> entries) throws SQLException {
        int count = entries.size();
        if (count == 0) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Object[] entry : entries) {
                insert.setLong(1, (Long) entry[0]);
                insert.setString(2, (String) entry[1]);
                insert.setObject(3, entry[2], java.sql.Types.BIGINT);
                insert.setString(4, (String) entry[3]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        entries.clear();
        return count;
    }
}

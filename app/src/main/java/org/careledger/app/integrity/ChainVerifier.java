package org.careledger.app.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain from the stored events and compares it with the chain entries and the signed
 * checkpoints. Events and chain entries are read side by side in global-index order, in one
 * repeatable-read transaction (a consistent snapshot while appends go on), a fetch-size batch at a
 * time, so memory stays bounded however large the store. One verification runs at a time.
 */
final class ChainVerifier {
    private static final String EVENTS = "SELECT " + StoredEvent.COLUMNS + " FROM domainevententry ORDER BY globalindex";
    private static final String CHAIN = "SELECT global_index, event_identifier, previous_global_index, hash "
            + "FROM event_chain ORDER BY global_index";

    private final DataSource dataSource;
    private final TransactionTemplate snapshot;
    private final CheckpointStore checkpoints;
    private final SigningKeys keys;
    private final Clock clock;
    private final int fetchSize;
    private final Semaphore oneAtATime = new Semaphore(1);

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions, CheckpointStore checkpoints,
            SigningKeys keys, Clock clock, int fetchSize) {
        this.dataSource = dataSource;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.clock = clock;
        this.fetchSize = fetchSize;
    }

    IntegrityReport verify() {
        if (!oneAtATime.tryAcquire()) {
            throw new IntegrityCheckRunning();
        }
        try {
            // Read before the snapshot starts: every checkpoint then names a head the snapshot contains.
            List<Checkpoint> signed = checkpoints.all().stream()
                    .sorted(Comparator.comparingLong(Checkpoint::globalIndex)).toList();
            return snapshot.execute(status -> {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    return walk(connection, new Walk(signed, keys, checkpoints.describe(), clock.instant()));
                } catch (SQLException e) {
                    throw new IllegalStateException("could not read the event store to verify it", e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            });
        } finally {
            oneAtATime.release();
        }
    }

    private IntegrityReport walk(Connection connection, Walk walk) throws SQLException {
        try (PreparedStatement eventQuery = connection.prepareStatement(EVENTS);
                PreparedStatement chainQuery = connection.prepareStatement(CHAIN)) {
            eventQuery.setFetchSize(fetchSize);
            chainQuery.setFetchSize(fetchSize);
            try (ResultSet events = eventQuery.executeQuery(); ResultSet chain = chainQuery.executeQuery()) {
                StoredEvent event = events.next() ? StoredEvent.read(events) : null;
                Walk.Entry entry = chain.next() ? Walk.Entry.read(chain) : null;
                while (event != null || entry != null) {
                    if (entry == null || (event != null && event.globalIndex() < entry.globalIndex())) {
                        return walk.unchained(event);
                    }
                    if (event == null || entry.globalIndex() < event.globalIndex()) {
                        return walk.missing(entry);
                    }
                    IntegrityReport broken = walk.step(event, entry);
                    if (broken != null) {
                        return broken;
                    }
                    event = events.next() ? StoredEvent.read(events) : null;
                    entry = chain.next() ? Walk.Entry.read(chain) : null;
                }
            }
        }
        return walk.finish();
    }
}

package org.careledger.app.integrity;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checkpoints in the {@code integrity_checkpoint} table: outside the event tables, but in the same
 * database, so whoever can rewrite events can also delete checkpoints (though never forge one).
 */
final class DatabaseCheckpointStore implements CheckpointStore {
    private final JdbcTemplate jdbc;

    DatabaseCheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(Checkpoint c) {
        jdbc.update("INSERT INTO integrity_checkpoint (global_index, event_identifier, hash, signed_at, key_id, signature) "
                + "VALUES (?, ?, ?, ?, ?, ?)", c.globalIndex(), c.eventIdentifier(), c.hash(), c.signedAt(), c.keyId(),
                c.signature());
    }

    @Override
    public List<Checkpoint> all() {
        return jdbc.query("SELECT global_index, event_identifier, hash, signed_at, key_id, signature "
                + "FROM integrity_checkpoint ORDER BY id", (row, n) -> new Checkpoint(row.getLong(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6)));
    }

    @Override
    public String describe() {
        return "table integrity_checkpoint";
    }
}

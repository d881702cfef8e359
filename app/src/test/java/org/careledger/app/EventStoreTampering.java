package org.careledger.app;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What someone with write access to the database could do behind CareLedger's back, done with plain
 * JDBC: change, delete or insert event rows and rewrite chain entries. The chain hash here is an
 * independent implementation of the encoding documented in docs/integrity.md, as an auditor would
 * write it, so the tests also prove the documentation right.
 */
final class EventStoreTampering {
    private static final String COLUMNS = "globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, "
            + "timestamp, payloadtype, payloadrevision, payload, metadata";
    private static final HexFormat HEX = HexFormat.of();

    private final Connection connection;

    EventStoreTampering(Connection connection) {
        this.connection = connection;
    }

    /** A stored event row, every column. */
    record Row(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
            String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {
        String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /** A row of event_chain. */
    record ChainRow(long globalIndex, String eventIdentifier, Long previousGlobalIndex, String hash) {}

    /** The latest event of this payload type (simple class name) for the aggregate. */
    Row latest(String aggregateIdentifier, String payloadType) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ? "
                + "ORDER BY globalindex DESC LIMIT 1", aggregateIdentifier, "%." + payloadType);
    }

    Row event(long globalIndex) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex = ?", globalIndex);
    }

    long headIndex() throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SELECT max(globalindex) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A global index from the store's own sequence (PostgreSQL), as an append would take it. */
    long nextGlobalIndex() throws SQLException {
        try (var rows = connection.createStatement()
                .executeQuery("SELECT nextval(pg_get_serial_sequence('domainevententry', 'globalindex'))")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    long count(String table) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void setPayload(long globalIndex, byte[] payload) throws SQLException {
        update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", payload, globalIndex);
    }

    void setMetadata(long globalIndex, byte[] metadata) throws SQLException {
        update("UPDATE domainevententry SET metadata = ? WHERE globalindex = ?", metadata, globalIndex);
    }

    void deleteEvent(long globalIndex) throws SQLException {
        update("DELETE FROM domainevententry WHERE globalindex = ?", globalIndex);
    }

    /** Puts a row back exactly as it was, global index included. */
    void insert(Row row) throws SQLException {
        update("INSERT INTO domainevententry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.globalIndex(),
                row.eventIdentifier(), row.aggregateIdentifier(), row.sequenceNumber(), row.type(), row.timestamp(),
                row.payloadType(), row.payloadRevision(), row.payload(), row.metadata());
    }

    ChainRow chainEntry(long globalIndex) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT global_index, event_identifier, "
                + "previous_global_index, hash FROM event_chain WHERE global_index = ?")) {
            query.setLong(1, globalIndex);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long previous = row.getLong(3);
                Long previousGlobalIndex = row.wasNull() ? null : previous;
                return new ChainRow(row.getLong(1), row.getString(2), previousGlobalIndex, row.getString(4));
            }
        }
    }

    void deleteChainEntry(long globalIndex) throws SQLException {
        update("DELETE FROM event_chain WHERE global_index = ?", globalIndex);
    }

    void insert(ChainRow row) throws SQLException {
        update("INSERT INTO event_chain (global_index, event_identifier, previous_global_index, hash) VALUES (?, ?, ?, ?)",
                row.globalIndex(), row.eventIdentifier(), row.previousGlobalIndex(), row.hash());
    }

    /** Every chain hash from this index on, to put them back later. */
    Map<Long, String> chainHashesFrom(long globalIndex) throws SQLException {
        Map<Long, String> hashes = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT global_index, hash FROM event_chain WHERE global_index >= ? ORDER BY global_index")) {
            query.setLong(1, globalIndex);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return hashes;
    }

    void setChainHashes(Map<Long, String> hashes) throws SQLException {
        for (var hash : hashes.entrySet()) {
            update("UPDATE event_chain SET hash = ? WHERE global_index = ?", hash.getValue(), hash.getKey());
        }
    }

    /** Rewrites the chain from this index to the head so that it matches the events as they are now. */
    void recomputeChainFrom(long globalIndex) throws SQLException {
        ChainRow first = chainEntry(globalIndex);
        String previous = first.previousGlobalIndex() == null ? "0".repeat(64)
                : chainEntry(first.previousGlobalIndex()).hash();
        Map<Long, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex >= ? ORDER BY globalindex")) {
            query.setLong(1, globalIndex);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    previous = hash(previous, read(rows));
                    rewritten.put(rows.getLong(1), previous);
                }
            }
        }
        setChainHashes(rewritten);
    }

    /** The documented chain hash: SHA-256(previous hash || each column as length-prefixed bytes). */
    static String hash(String previousHex, Row row) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HEX.parseHex(previousHex));
        field(bytes, ByteBuffer.allocate(8).putLong(row.globalIndex()).array());
        field(bytes, utf8(row.eventIdentifier()));
        field(bytes, utf8(row.aggregateIdentifier()));
        field(bytes, ByteBuffer.allocate(8).putLong(row.sequenceNumber()).array());
        field(bytes, utf8(row.type()));
        field(bytes, utf8(row.timestamp()));
        field(bytes, utf8(row.payloadType()));
        field(bytes, utf8(row.payloadRevision()));
        field(bytes, row.payload());
        field(bytes, row.metadata());
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void field(ByteArrayOutputStream bytes, byte[] value) {
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            bytes.writeBytes(value);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private Row one(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no event for " + sql);
                }
                return read(rows);
            }
        }
    }

    private static Row read(ResultSet rows) throws SQLException {
        return new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), rows.getBytes(9), rows.getBytes(10));
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL); // the database takes the column's type
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            statement.executeUpdate();
        }
    }
}

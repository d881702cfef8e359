package org.careledger.app.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of {@code domainevententry} exactly as stored: every column, the serialized payload and
 * metadata as bytes. The payload may hold PHI, so it never appears in {@link #toString()}.
 */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
        String type, String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

    static final String COLUMNS = "globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, "
            + "timestamp, payloadtype, payloadrevision, payload, metadata";

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }

    @Override
    public String toString() {
        return "StoredEvent[" + globalIndex + ", " + eventIdentifier + ", " + payloadType + "]";
    }
}

package org.careledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the audit index joined to the stored events (for their payloads), a page at a time or as a stream. Exports
 * stream: rows are fetched from the database in batches through a cursor, inside a read-only transaction (PostgreSQL
 * only uses a cursor then), and handed on one by one, so an export of any size never sits in memory.
 */
@Component
class AuditRecords {
    static final int MAX_PAGE = 1000;
    private static final int FETCH_SIZE = 500;
    private static final String COLUMNS = "SELECT a.global_index, a.event_id, a.occurred_at, a.event_type,"
            + " a.aggregate_type, a.aggregate_id, a.sequence_number, a.patient_id, a.actor_id, a.actor_role,"
            + " a.client_ip, a.correlation_id, a.causation_id";
    // The payload lives in the event store only; on the axonserver profile the table is empty and payloads are absent.
    private static final String WITH_PAYLOAD = ", d.payload FROM audit_event a"
            + " LEFT JOIN domainevententry d ON d.globalindex = a.global_index";
    private static final String ACCESS_PAYLOAD_ONLY = ", CASE WHEN a.event_type = 'PatientRecordAccessed'"
            + " THEN d.payload END AS payload FROM audit_event a LEFT JOIN domainevententry d ON d.globalindex = a.global_index";

    /** Which payloads a read carries: all, or only those of record accesses (ids, resource and reason, no clinical data). */
    enum Payloads { ALL, ACCESS_ONLY }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;

    AuditRecords(DataSource dataSource, PlatformTransactionManager transactions, ObjectMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /** The events after position {@code after}, at most {@code size} of them, in store order. */
    AuditPage page(AuditFilter filter, long after, int size, Payloads payloads) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        parameters.add(after);
        String sql = COLUMNS + (payloads == Payloads.ALL ? WITH_PAYLOAD : ACCESS_PAYLOAD_ONLY) + " WHERE " + where
                + " AND a.global_index > ? ORDER BY a.global_index LIMIT " + size;
        List<AuditEntry> entries = jdbc.query(sql, (rows, n) -> entry(rows), parameters.toArray());
        Long next = entries.size() == size ? entries.get(entries.size() - 1).position() : null;
        return new AuditPage(entries, next);
    }

    /** Every selected event in store order, handed to {@code sink} as it is read. */
    void stream(AuditFilter filter, Payloads payloads, Consumer<AuditEntry> sink) {
        List<Object> parameters = new ArrayList<>();
        String sql = COLUMNS + (payloads == Payloads.ALL ? WITH_PAYLOAD : ACCESS_PAYLOAD_ONLY) + " WHERE " + filter.where(parameters)
                + " ORDER BY a.global_index";
        readOnly.executeWithoutResult(status -> streaming.query(sql, rows -> {
            sink.accept(entry(rows));
        }, parameters.toArray()));
    }

    /** Whether the patient is known to the index as one of this organization's. */
    boolean patientOf(UUID organizationId, UUID patientId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM audit_subject WHERE aggregate_id = ?"
                + " AND aggregate_type = 'Patient' AND organization_id = ?", Long.class, patientId.toString(), organizationId);
        return count != null && count > 0;
    }

    /** The alert and appointment streams about the patient, as far as the index knows them. */
    List<String> streamsAbout(UUID patientId) {
        return jdbc.queryForList("SELECT aggregate_id FROM audit_subject WHERE patient_id = ?"
                + " AND aggregate_type IN ('Alert', 'Appointment') ORDER BY aggregate_id", String.class, patientId);
    }

    private AuditEntry entry(ResultSet rows) throws SQLException {
        Long sequence = rows.getObject("sequence_number", Long.class);
        return new AuditEntry(
                rows.getLong("global_index"),
                rows.getString("event_id"),
                rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rows.getString("event_type"),
                rows.getString("aggregate_type"),
                rows.getString("aggregate_id"),
                sequence,
                rows.getObject("patient_id", UUID.class),
                rows.getObject("actor_id", UUID.class),
                rows.getString("actor_role"),
                rows.getString("client_ip"),
                rows.getString("correlation_id"),
                rows.getString("causation_id"),
                payload(rows.getBytes("payload")));
    }

    private JsonNode payload(byte[] stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("stored payload is not JSON", e);
        }
    }
}

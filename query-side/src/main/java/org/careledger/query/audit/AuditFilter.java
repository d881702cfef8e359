package org.careledger.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which indexed events a read selects; always within one organization. {@code access} chooses the record reads
 * ({@code ONLY}), the rest of the record ({@code EXCLUDED}), or both ({@code INCLUDED}).
 */
record AuditFilter(
        UUID organizationId,
        UUID patientId,
        UUID actorId,
        Instant from,
        Instant to,
        String eventType,
        String aggregateType,
        String aggregateId,
        Access access) {

    static final String ACCESS_EVENT = "PatientRecordAccessed";

    enum Access { INCLUDED, EXCLUDED, ONLY }

    static AuditFilter organization(UUID organizationId) {
        return new AuditFilter(organizationId, null, null, null, null, null, null, null, Access.INCLUDED);
    }

    AuditFilter patient(UUID patient) {
        return new AuditFilter(organizationId, patient, actorId, from, to, eventType, aggregateType, aggregateId, access);
    }

    AuditFilter actor(UUID actor) {
        return new AuditFilter(organizationId, patientId, actor, from, to, eventType, aggregateType, aggregateId, access);
    }

    AuditFilter between(Instant start, Instant end) {
        return new AuditFilter(organizationId, patientId, actorId, start, end, eventType, aggregateType, aggregateId, access);
    }

    AuditFilter stream(String type, String eventTypeName, String aggregate) {
        return new AuditFilter(organizationId, patientId, actorId, from, to, eventTypeName, type, aggregate, access);
    }

    AuditFilter access(Access choice) {
        return new AuditFilter(organizationId, patientId, actorId, from, to, eventType, aggregateType, aggregateId, choice);
    }

    /** The WHERE clause (after {@code WHERE}) and its parameters, in order. */
    String where(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        add(conditions, parameters, "a.organization_id = ?", organizationId);
        add(conditions, parameters, "a.patient_id = ?", patientId);
        add(conditions, parameters, "a.actor_id = ?", actorId);
        add(conditions, parameters, "a.occurred_at >= ?", from == null ? null : java.sql.Timestamp.from(from));
        add(conditions, parameters, "a.occurred_at < ?", to == null ? null : java.sql.Timestamp.from(to));
        add(conditions, parameters, "a.event_type = ?", eventType);
        add(conditions, parameters, "a.aggregate_type = ?", aggregateType);
        add(conditions, parameters, "a.aggregate_id = ?", aggregateId);
        if (access == Access.ONLY) {
            add(conditions, parameters, "a.event_type = ?", ACCESS_EVENT);
        } else if (access == Access.EXCLUDED) {
            add(conditions, parameters, "a.event_type <> ?", ACCESS_EVENT);
        }
        return String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}

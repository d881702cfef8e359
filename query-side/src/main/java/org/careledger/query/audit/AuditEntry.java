package org.careledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One event of the record as an auditor sees it: its place in the store, its stream, who caused it from where, how it
 * is linked to other messages, and (when asked for) the stored payload. {@code patientId} is the patient the event
 * concerns, also for alert and appointment events whose payload does not name it.
 */
record AuditEntry(
        long position,
        String eventId,
        Instant occurredAt,
        String eventType,
        String aggregateType,
        String aggregateId,
        Long sequenceNumber,
        UUID patientId,
        UUID actorId,
        String actorRole,
        String clientIp,
        String correlationId,
        String causationId,
        JsonNode payload) {}

package org.careledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * One event of the record as a FHIR R4 AuditEvent, in a Bundle entry. A read of the record is the DICOM event
 * "Patient Record" (110110) with action R; a change is a RESTful operation, action C for the first event of a stream
 * and U after it; processes without a signed-in user appear as the application itself. The payload is not repeated:
 * the entity names the stored event by id and position, where the JSON and CSV exports carry it.
 */
@Component
class FhirAuditEvents {
    static final String EVENT_SYSTEM = "https://careledger.org/fhir/event-id";
    static final String EVENT_TYPE_SYSTEM = "https://careledger.org/fhir/event-type";
    static final String USER_SYSTEM = "https://careledger.org/fhir/user-id";
    private static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";

    private final ObjectMapper json;

    FhirAuditEvents(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode entry(AuditEntry e) {
        ObjectNode entry = json.createObjectNode();
        entry.put("fullUrl", "urn:uuid:" + e.eventId());
        entry.set("resource", auditEvent(e));
        return entry;
    }

    ObjectNode auditEvent(AuditEntry e) {
        boolean read = AuditFilter.ACCESS_EVENT.equals(e.eventType());
        ObjectNode event = json.createObjectNode();
        event.put("resourceType", "AuditEvent");
        event.put("id", e.eventId());
        if (read) {
            event.set("type", coding(DCM, "110110", "Patient Record"));
        } else {
            event.set("type", coding(AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
        }
        event.putArray("subtype").add(coding(EVENT_TYPE_SYSTEM, e.eventType(), e.eventType()));
        event.put("action", read ? "R" : Long.valueOf(0).equals(e.sequenceNumber()) ? "C" : "U");
        event.put("recorded", e.occurredAt().toString());
        event.put("outcome", "0");
        event.putArray("agent").add(agent(e, read));
        ObjectNode source = event.putObject("source");
        source.putObject("observer").put("display", "CareLedger");
        source.putArray("type").add(coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4",
                "Application Server"));
        var entities = event.putArray("entity");
        if (e.patientId() != null) {
            ObjectNode patient = entities.addObject();
            patient.putObject("what").put("reference", "Patient/" + e.patientId());
            patient.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"));
            patient.set("role", coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
        }
        entities.add(recordEntity(e));
        return event;
    }

    private ObjectNode agent(AuditEntry e, boolean read) {
        ObjectNode agent = json.createObjectNode();
        if (e.actorId() != null) {
            ObjectNode who = agent.putObject("who");
            who.putObject("identifier").put("system", USER_SYSTEM).put("value", e.actorId().toString());
            if (e.actorRole() != null) {
                agent.putArray("role").addObject().put("text", e.actorRole());
            }
            agent.put("requestor", true);
        } else {
            agent.putObject("who").put("display", "CareLedger (automated process)");
            agent.put("requestor", false);
        }
        if (e.clientIp() != null) {
            agent.putObject("network").put("address", e.clientIp()).put("type", "2");
        }
        JsonNode reason = read && e.payload() != null ? e.payload().get("reason") : null;
        if (reason != null && !reason.isNull()) {
            agent.putArray("purposeOfUse").addObject().put("text", reason.asText());
        }
        return agent;
    }

    private ObjectNode recordEntity(AuditEntry e) {
        ObjectNode entity = json.createObjectNode();
        entity.putObject("what").putObject("identifier").put("system", EVENT_SYSTEM).put("value", e.eventId());
        entity.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"));
        if (e.aggregateType() != null) {
            entity.put("name", e.aggregateType() + "/" + e.aggregateId());
        }
        var details = entity.putArray("detail");
        details.addObject().put("type", "position").put("valueString", Long.toString(e.position()));
        if (e.correlationId() != null) {
            details.addObject().put("type", "correlationId").put("valueString", e.correlationId());
        }
        if (e.causationId() != null) {
            details.addObject().put("type", "causationId").put("valueString", e.causationId());
        }
        return entity;
    }

    private ObjectNode coding(String system, String code, String display) {
        return json.createObjectNode().put("system", system).put("code", code).put("display", display);
    }
}

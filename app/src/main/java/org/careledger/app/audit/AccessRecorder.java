package org.careledger.app.audit;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.careledger.api.audit.PatientRecordAccessed;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.springframework.stereotype.Component;

/**
 * Appends one {@link PatientRecordAccessed} to the event store and returns once it is stored. Outside a unit of work
 * Axon appends a published event at once, in a transaction of its own, so a failure surfaces here, before anything is
 * read. The metadata carries the same audit keys as every other event (docs/events.md).
 */
@Component
class AccessRecorder {
    private final EventGateway events;

    AccessRecorder(EventGateway events) {
        this.events = events;
    }

    void record(PatientAccessCoverage.Subject subject, Actor reader, String resource, String query, String reason,
            String clientIp, String correlationId) {
        var access = new PatientRecordAccessed(subject.patientId() == null ? null : new PatientId(subject.patientId()),
                subject.type(), subject.id(), resource, query, reader.organizationId(), reader.userId(), reader.role(),
                reason, clientIp);
        var message = GenericEventMessage.asEventMessage(access);
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("actorId", reader.userId().toString());
        metadata.put("actorRole", reader.role().name());
        metadata.put("organizationId", reader.organizationId().toString());
        if (clientIp != null) {
            metadata.put("clientIp", clientIp);
        }
        // no command caused a read: the exchange is the client's when it names one, else this event alone
        metadata.put("correlationId", correlationId != null ? correlationId : message.getIdentifier());
        events.publish(message.andMetaData(metadata));
    }
}

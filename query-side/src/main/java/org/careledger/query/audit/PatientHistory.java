package org.careledger.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a patient's record at an instant from the event store itself: the patient's stream and the streams of
 * the alerts and appointments the audit index attributes to the patient, read from their first event (never from a
 * snapshot), folded by {@link PatientRecordFold}.
 */
@Component
class PatientHistory {
    private final EventStore events;
    private final AuditRecords records;

    PatientHistory(EventStore events, AuditRecords records) {
        this.events = events;
        this.records = records;
    }

    Optional<PatientRecordAsOf> asOf(UUID patientId, Instant at) {
        List<PatientRecordFold.Recorded> recorded = new ArrayList<>();
        read(patientId.toString(), at, recorded);
        for (String stream : records.streamsAbout(patientId)) {
            read(stream, at, recorded);
        }
        return PatientRecordFold.asOf(patientId, recorded, at);
    }

    private void read(String aggregateId, Instant at, List<PatientRecordFold.Recorded> into) {
        var stream = events.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(at)) {
                return; // a stream is in time order: nothing later can count
            }
            // the stream's own order breaks ties of equal timestamps within it; across streams time decides
            into.add(new PatientRecordFold.Recorded(event.getPayload(), event.getTimestamp(), event.getSequenceNumber()));
        }
    }
}

package org.careledger.app;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;

/**
 * Publishes alert events as the Alert aggregate stores them, as domain events of the alert's own stream, for tests of
 * the alert views that must not wait for that aggregate.
 */
record AlertPublisher(EventGateway events, OrganizationId organization) {

    AlertId raise(String patient, Severity severity) {
        AlertId alert = AlertId.newId();
        events.publish(new GenericDomainEventMessage<>("Alert", alert.toString(), 0, new AlertRaised(alert,
                PatientId.of(patient), organization, AlertType.NEWS2, severity, "NEWS2 7: emergency response", null)));
        return alert;
    }

    void cancel(AlertId alert, long sequence) {
        events.publish(new GenericDomainEventMessage<>("Alert", alert.toString(), sequence,
                new AlertCancelled(alert, "raised by an integration test", null)));
    }
}

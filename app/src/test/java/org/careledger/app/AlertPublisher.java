package org.careledger.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
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

    // A patient has at most one open alert per type (the command side's lookup refuses a second), so
    // successive alerts of a test take successive types.
    private static final AtomicInteger TYPES = new AtomicInteger();

    AlertId raise(String patient, Severity severity) {
        AlertId alert = AlertId.newId();
        AlertType type = AlertType.values()[TYPES.getAndIncrement() % AlertType.values().length];
        events.publish(new GenericDomainEventMessage<>("Alert", alert.toString(), 0, new AlertRaised(alert,
                PatientId.of(patient), organization, type, severity, "NEWS2 7: emergency response", null)));
        return alert;
    }
}

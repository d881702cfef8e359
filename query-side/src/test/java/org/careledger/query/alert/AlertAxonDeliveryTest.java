package org.careledger.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.alert.AlertEvents.ADMIN;
import static org.careledger.query.alert.AlertEvents.NURSE;
import static org.careledger.query.alert.AlertEvents.PATIENT;
import static org.careledger.query.alert.AlertEvents.T0;
import static org.careledger.query.alert.AlertEvents.acknowledged;
import static org.careledger.query.alert.AlertEvents.alertId;
import static org.careledger.query.alert.AlertEvents.assigned;
import static org.careledger.query.alert.AlertEvents.raised;
import static org.careledger.query.alert.AlertEvents.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.Severity;
import org.careledger.api.alert.WatchAlerts;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projection as Axon's processors drive it: sequence number, timestamp and replay status come from the event
 * message, which must be a domain event (the alert's and the patient's streams); a reset goes through Axon too.
 */
@AlertProjectionTest
class AlertAxonDeliveryTest {
    private static final AlertId ALERT = alertId(1);

    @Autowired AlertViewsProjection projection;
    @Autowired AlertQueries queries;
    @Autowired AlertViewRepository alerts;
    @Autowired AlertCareTeamRepository careTeam;
    @Autowired QueryUpdateEmitter emitter;
    private AnnotationEventHandlerAdapter handlers;
    private SubscriptionQueryResult<List<AlertSummary>, AlertSummary> subscription;
    private final List<AlertSummary> updates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void givenAnEmptyProjectionBehindAxonsAdapterAndAnAdminWatching() {
        handlers = new AnnotationEventHandlerAdapter(projection);
        handlers.prepareReset();
        var bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(queries).subscribe(bus);
        subscription = DefaultQueryGateway.builder().queryBus(bus).build().subscriptionQuery(
                new WatchAlerts(staff(Role.ADMIN, ADMIN)), ResponseTypes.multipleInstancesOf(AlertSummary.class),
                ResponseTypes.instanceOf(AlertSummary.class));
        subscription.updates().subscribe(updates::add);
    }

    @AfterEach
    void stopWatching() {
        subscription.cancel();
    }

    @Test
    void versionAndTimesComeFromTheEventMessage() throws Exception {
        deliver(domainEvent("Patient", PATIENT.toString(), 4, assigned(PATIENT, NURSE, Role.NURSE), T0));
        deliver(domainEvent("Alert", ALERT.toString(), 0, raised(ALERT, PATIENT, Severity.HIGH), T0));
        deliver(domainEvent("Alert", ALERT.toString(), 1, acknowledged(ALERT), T0.plusSeconds(90)));

        var alert = queries.handle(new FindAlertById(ALERT, staff(Role.NURSE, NURSE)));
        assertThat(alert.version()).isEqualTo(1);
        assertThat(alert.raisedAt()).isEqualTo(T0);
        assertThat(alert.acknowledgedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(updates).extracting(AlertSummary::status)
                .containsExactly(AlertStatus.RAISED, AlertStatus.ACKNOWLEDGED);
    }

    @Test
    void anEventReplayedAfterAResetRebuildsTheViewWithoutUpdatingAnyScreen() throws Exception {
        var replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10));
        var event = domainEvent("Alert", ALERT.toString(), 0, raised(ALERT, PATIENT, Severity.HIGH), T0);

        deliver(new GenericTrackedDomainEventMessage<>(replaying, event));

        assertThat(alerts.count()).isEqualTo(1);
        assertThat(updates).isEmpty();
    }

    @Test
    void anEventOutsideAnAggregateStreamIsNotHandled() throws Exception {
        EventMessage<?> event = GenericEventMessage.asEventMessage(raised(ALERT, PATIENT, Severity.HIGH));

        assertThat(handlers.canHandle(event)).isFalse();
    }

    @Test
    void aResetThroughAxonEmptiesTheProjection() throws Exception {
        deliver(domainEvent("Patient", PATIENT.toString(), 4, assigned(PATIENT, NURSE, Role.NURSE), T0));
        deliver(domainEvent("Alert", ALERT.toString(), 0, raised(ALERT, PATIENT, Severity.HIGH), T0));

        handlers.prepareReset();

        assertThat(alerts.count() + careTeam.count()).isZero();
    }

    private void deliver(EventMessage<?> message) throws Exception {
        assertThat(handlers.canHandle(message)).isTrue();
        handlers.handle(message);
    }

    private static GenericDomainEventMessage<?> domainEvent(String type, String aggregate, long sequence, Object event,
            Instant timestamp) {
        return new GenericDomainEventMessage<>(type, aggregate, sequence, event, Map.of(),
                UUID.randomUUID().toString(), timestamp);
    }
}

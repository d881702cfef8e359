package org.careledger.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.axonframework.eventhandling.ReplayStatus.REPLAY;
import static org.careledger.query.alert.AlertEvents.ADMIN;
import static org.careledger.query.alert.AlertEvents.NURSE;
import static org.careledger.query.alert.AlertEvents.OTHER_NURSE;
import static org.careledger.query.alert.AlertEvents.OTHER_ORGANIZATION;
import static org.careledger.query.alert.AlertEvents.T0;
import static org.careledger.query.alert.AlertEvents.acknowledged;
import static org.careledger.query.alert.AlertEvents.alertId;
import static org.careledger.query.alert.AlertEvents.assigned;
import static org.careledger.query.alert.AlertEvents.patientId;
import static org.careledger.query.alert.AlertEvents.patientUser;
import static org.careledger.query.alert.AlertEvents.raised;
import static org.careledger.query.alert.AlertEvents.staff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.alert.WatchAlerts;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live stream's feed: subscription queries on a real query bus, fed by the projection's update emitter. Outside a
 * unit of work Axon emits at once, so each update has arrived when the handler returns.
 */
@AlertProjectionTest
class AlertUpdatesTest {
    private static final PatientId NURSES_PATIENT = patientId(1);
    private static final PatientId OTHER_PATIENT = patientId(2);

    @Autowired AlertViewsProjection projection;
    @Autowired AlertQueries handlers;
    @Autowired QueryUpdateEmitter emitter;
    private QueryGateway queries;
    private final List<SubscriptionQueryResult<List<AlertSummary>, AlertSummary>> subscriptions =
            new CopyOnWriteArrayList<>();

    @BeforeEach
    void givenTwoPatientsWithDifferentNurses() {
        projection.reset();
        var bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(handlers).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
        projection.on(assigned(NURSES_PATIENT, NURSE, Role.NURSE), 1);
        projection.on(assigned(OTHER_PATIENT, OTHER_NURSE, Role.NURSE), 1);
    }

    @AfterEach
    void closeSubscriptions() {
        subscriptions.forEach(SubscriptionQueryResult::cancel);
    }

    @Test
    void eachSubscriberReceivesTheChangesOfTheAlertsTheyMaySeeOnly() {
        var nurse = watch(staff(Role.NURSE, NURSE));
        var otherNurse = watch(staff(Role.NURSE, OTHER_NURSE));
        var admin = watch(staff(Role.ADMIN, ADMIN));
        var patient = watch(patientUser(OTHER_PATIENT));
        var adminElsewhere = watch(Actor.staff(ADMIN, Role.ADMIN, OTHER_ORGANIZATION));

        projection.on(raised(alertId(1), NURSES_PATIENT, Severity.CRITICAL), 0, T0, REGULAR);
        projection.on(raised(alertId(2), OTHER_PATIENT, Severity.HIGH), 0, T0, REGULAR);
        projection.on(acknowledged(alertId(1)), 1, T0.plusSeconds(60), REGULAR);

        assertThat(nurse).extracting(AlertSummary::alertId, AlertSummary::status).containsExactly(
                tuple(alertId(1).value(), AlertStatus.RAISED),
                tuple(alertId(1).value(), AlertStatus.ACKNOWLEDGED));
        assertThat(ids(otherNurse)).containsExactly(alertId(2));
        assertThat(ids(admin)).containsExactly(alertId(1), alertId(2), alertId(1));
        assertThat(ids(patient)).containsExactly(alertId(2));
        assertThat(adminElsewhere).isEmpty();
    }

    @Test
    void anUpdateCarriesTheAlertsSummaryAndVersion() {
        var nurse = watch(staff(Role.NURSE, NURSE));

        projection.on(raised(alertId(1), NURSES_PATIENT, Severity.CRITICAL), 0, T0, REGULAR);
        projection.on(acknowledged(alertId(1)), 1, T0.plusSeconds(60), REGULAR);

        assertThat(nurse.get(1)).isEqualTo(new AlertSummary(alertId(1).value(), NURSES_PATIENT.value(),
                AlertType.NEWS2, Severity.CRITICAL, AlertStatus.ACKNOWLEDGED, 1,
                "NEWS2 7: emergency response", T0, T0.plusSeconds(60), NURSE.value(), null, null, 0, null, 1));
    }

    @Test
    void aReplayOrARedeliveryIsNotNews() {
        var admin = watch(staff(Role.ADMIN, ADMIN));

        projection.on(raised(alertId(1), NURSES_PATIENT, Severity.CRITICAL), 0, T0, REPLAY);
        projection.on(raised(alertId(2), NURSES_PATIENT, Severity.CRITICAL), 0, T0, REGULAR);
        projection.on(raised(alertId(2), NURSES_PATIENT, Severity.CRITICAL), 0, T0, REGULAR);

        assertThat(ids(admin)).containsExactly(alertId(2));
    }

    @Test
    void aNewSubscriberIsAnsweredFirstWithTheOpenAlertsItMaySee() {
        projection.on(raised(alertId(1), NURSES_PATIENT, Severity.LOW), 0, T0, REGULAR);
        projection.on(raised(alertId(2), OTHER_PATIENT, Severity.HIGH), 0, T0, REGULAR);

        var initial = queries.subscriptionQuery(new WatchAlerts(staff(Role.NURSE, NURSE)),
                ResponseTypes.multipleInstancesOf(AlertSummary.class), ResponseTypes.instanceOf(AlertSummary.class));
        subscriptions.add(initial);

        assertThat(initial.initialResult().block()).extracting(AlertSummary::alertId)
                .containsExactly(alertId(1).value());
    }

    private List<AlertSummary> watch(Actor viewer) {
        SubscriptionQueryResult<List<AlertSummary>, AlertSummary> result = queries.subscriptionQuery(
                new WatchAlerts(viewer), ResponseTypes.multipleInstancesOf(AlertSummary.class),
                ResponseTypes.instanceOf(AlertSummary.class));
        subscriptions.add(result);
        List<AlertSummary> received = new CopyOnWriteArrayList<>();
        result.updates().subscribe(received::add);
        return received;
    }

    private static List<AlertId> ids(List<AlertSummary> updates) {
        return updates.stream().map(AlertSummary::alertId).map(AlertId::new).toList();
    }
}

package org.careledger.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.careledger.query.alert.AlertEvents.ADMIN;
import static org.careledger.query.alert.AlertEvents.CLINICIAN;
import static org.careledger.query.alert.AlertEvents.NURSE;
import static org.careledger.query.alert.AlertEvents.ORGANIZATION;
import static org.careledger.query.alert.AlertEvents.OTHER_NURSE;
import static org.careledger.query.alert.AlertEvents.OTHER_ORGANIZATION;
import static org.careledger.query.alert.AlertEvents.T0;
import static org.careledger.query.alert.AlertEvents.acknowledged;
import static org.careledger.query.alert.AlertEvents.alertId;
import static org.careledger.query.alert.AlertEvents.assigned;
import static org.careledger.query.alert.AlertEvents.patientId;
import static org.careledger.query.alert.AlertEvents.patientUser;
import static org.careledger.query.alert.AlertEvents.raised;
import static org.careledger.query.alert.AlertEvents.removed;
import static org.careledger.query.alert.AlertEvents.resolved;
import static org.careledger.query.alert.AlertEvents.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.alert.AlertDetails;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertPage;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.FindAlertWorklist;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees which alert, and the worklist's order and filters, asked through a real Axon query bus. */
@AlertProjectionTest
class AlertQueriesTest {
    private static final PatientId ON_NURSES_TEAM = patientId(1);
    private static final PatientId OFF_NURSES_TEAM = patientId(2);
    private static final PatientId ELSEWHERE = patientId(3);
    // raised in this order, an hour apart; the worklist puts CRITICAL_OLDER, CRITICAL_NEWER first
    private static final AlertId LOW_OLDEST = alertId(1);
    private static final AlertId CRITICAL_OLDER = alertId(2);
    private static final AlertId MEDIUM = alertId(3);
    private static final AlertId CRITICAL_NEWER = alertId(4);
    private static final AlertId RESOLVED_HIGH = alertId(5);
    private static final AlertId OFF_TEAM_HIGH = alertId(6);
    private static final AlertId OTHER_ORGANIZATIONS = alertId(7);

    @Autowired AlertViewsProjection projection;
    @Autowired AlertQueries handlers;
    private QueryGateway queries;

    @BeforeEach
    void givenAlertsOnTwoPatientsHereAndOneElsewhere() {
        projection.reset();
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();

        projection.on(assigned(ON_NURSES_TEAM, NURSE, Role.NURSE), 1);
        projection.on(assigned(ON_NURSES_TEAM, CLINICIAN, Role.CLINICIAN), 2);
        projection.on(assigned(OFF_NURSES_TEAM, OTHER_NURSE, Role.NURSE), 1);
        raise(LOW_OLDEST, ON_NURSES_TEAM, Severity.LOW, 0);
        raise(CRITICAL_OLDER, ON_NURSES_TEAM, Severity.CRITICAL, 1);
        raise(MEDIUM, ON_NURSES_TEAM, Severity.MEDIUM, 2);
        raise(CRITICAL_NEWER, ON_NURSES_TEAM, Severity.CRITICAL, 3);
        raise(RESOLVED_HIGH, ON_NURSES_TEAM, Severity.HIGH, 4);
        projection.on(resolved(RESOLVED_HIGH), 1, T0.plusSeconds(5 * 3600), REGULAR);
        raise(OFF_TEAM_HIGH, OFF_NURSES_TEAM, Severity.HIGH, 5);
        projection.on(raised(OTHER_ORGANIZATIONS, ELSEWHERE, OTHER_ORGANIZATION, Severity.CRITICAL), 0, T0, REGULAR);
    }

    @Test
    void theWorklistShowsOpenAlertsMostSevereFirstThenOldestFirst() {
        assertThat(ids(worklist(staff(Role.ADMIN, ADMIN), Set.of(AlertStatus.values()), Set.of(), null)))
                .containsExactly(CRITICAL_OLDER, CRITICAL_NEWER, RESOLVED_HIGH, OFF_TEAM_HIGH, MEDIUM, LOW_OLDEST);
        assertThat(ids(worklist(staff(Role.ADMIN, ADMIN), AlertQueries.OPEN, Set.of(), null)))
                .containsExactly(CRITICAL_OLDER, CRITICAL_NEWER, OFF_TEAM_HIGH, MEDIUM, LOW_OLDEST);
    }

    @Test
    void aRecurrenceThatRaisesTheSeverityMovesTheAlertUpAndAClosedAlertLeavesTheOpenWorklist() {
        projection.on(new AlertRecurred(LOW_OLDEST, Severity.CRITICAL, "NEWS2 9", null), 1, T0.plusSeconds(9000),
                REGULAR);
        projection.on(resolved(CRITICAL_NEWER), 1, T0.plusSeconds(9000), REGULAR);

        assertThat(ids(worklist(staff(Role.ADMIN, ADMIN), AlertQueries.OPEN, Set.of(), null)))
                .containsExactly(LOW_OLDEST, CRITICAL_OLDER, OFF_TEAM_HIGH, MEDIUM);
        assertThat(ids(worklist(staff(Role.ADMIN, ADMIN), Set.of(AlertStatus.RESOLVED), Set.of(), null)))
                .containsExactly(CRITICAL_NEWER, RESOLVED_HIGH);
    }

    @Test
    void acknowledgedAlertsStayOnTheOpenWorklist() {
        projection.on(acknowledged(MEDIUM), 1, T0.plusSeconds(7200), REGULAR);

        assertThat(ids(worklist(staff(Role.NURSE, NURSE), AlertQueries.OPEN, Set.of(), null))).contains(MEDIUM);
        assertThat(ids(worklist(staff(Role.NURSE, NURSE), Set.of(AlertStatus.ACKNOWLEDGED), Set.of(), null)))
                .containsExactly(MEDIUM);
    }

    @Test
    void theWorklistFiltersByStatusSeverityAndPatient() {
        Actor admin = staff(Role.ADMIN, ADMIN);

        assertThat(ids(worklist(admin, Set.of(AlertStatus.RESOLVED), Set.of(), null))).containsExactly(RESOLVED_HIGH);
        assertThat(ids(worklist(admin, AlertQueries.OPEN, Set.of(Severity.HIGH, Severity.LOW), null)))
                .containsExactly(OFF_TEAM_HIGH, LOW_OLDEST);
        assertThat(ids(worklist(admin, AlertQueries.OPEN, Set.of(), OFF_NURSES_TEAM))).containsExactly(OFF_TEAM_HIGH);
    }

    @Test
    void theWorklistIsPagedWithoutOverlap() {
        var first = queries.query(new FindAlertWorklist(AlertQueries.OPEN, null, null, 0, 2, staff(Role.ADMIN, ADMIN)),
                ResponseTypes.instanceOf(AlertPage.class)).join();
        var third = queries.query(new FindAlertWorklist(AlertQueries.OPEN, null, null, 2, 2, staff(Role.ADMIN, ADMIN)),
                ResponseTypes.instanceOf(AlertPage.class)).join();

        assertThat(ids(first)).containsExactly(CRITICAL_OLDER, CRITICAL_NEWER);
        assertThat(ids(third)).containsExactly(LOW_OLDEST);
        assertThat(third.totalItems()).isEqualTo(5);
        assertThat(third.totalPages()).isEqualTo(3);
    }

    @Test
    void adminsAndAuditorsSeeEveryAlertOfTheirOrganizationOnly() {
        for (Role role : new Role[] {Role.ADMIN, Role.AUDITOR}) {
            Actor viewer = staff(role, ADMIN);
            assertThat(worklist(viewer, AlertQueries.OPEN, Set.of(), null).totalItems()).isEqualTo(5);
            assertThat(find(OFF_TEAM_HIGH, viewer)).isPresent();
            assertThat(find(OTHER_ORGANIZATIONS, viewer)).isEmpty();
        }
    }

    @Test
    void nursesAndCliniciansSeeTheAlertsOfPatientsWhoseCareTeamTheyAreOn() {
        assertThat(ids(worklist(staff(Role.NURSE, NURSE), AlertQueries.OPEN, Set.of(), null)))
                .containsExactly(CRITICAL_OLDER, CRITICAL_NEWER, MEDIUM, LOW_OLDEST);
        assertThat(ids(worklist(staff(Role.NURSE, OTHER_NURSE), AlertQueries.OPEN, Set.of(), null)))
                .containsExactly(OFF_TEAM_HIGH);
        assertThat(find(MEDIUM, staff(Role.CLINICIAN, CLINICIAN))).isPresent();
        assertThat(find(OFF_TEAM_HIGH, staff(Role.NURSE, NURSE))).isEmpty();
    }

    @Test
    void aMemberRemovedFromTheCareTeamLosesSightOfItsAlerts() {
        projection.on(removed(ON_NURSES_TEAM, CLINICIAN), 3);

        assertThat(find(MEDIUM, staff(Role.CLINICIAN, CLINICIAN))).isEmpty();
        assertThat(worklist(staff(Role.CLINICIAN, CLINICIAN), AlertQueries.OPEN, Set.of(), null).items()).isEmpty();
        assertThat(find(MEDIUM, staff(Role.NURSE, NURSE))).isPresent();
    }

    @Test
    void aPatientSeesOnlyTheirOwnAlerts() {
        Actor patient = patientUser(OFF_NURSES_TEAM);

        assertThat(ids(worklist(patient, AlertQueries.OPEN, Set.of(), null))).containsExactly(OFF_TEAM_HIGH);
        assertThat(find(OFF_TEAM_HIGH, patient)).isPresent();
        assertThat(find(MEDIUM, patient)).isEmpty();
    }

    @Test
    void aDeviceOrAStrangerSeesNothingAsIfNoAlertExisted() {
        Actor device = staff(Role.DEVICE, UserId.of("a1e7c0de-0000-4000-8000-0000000000d1"));
        Actor otherAdmin = Actor.staff(ADMIN, Role.ADMIN, OTHER_ORGANIZATION);

        assertThat(worklist(device, AlertQueries.OPEN, Set.of(), null).items()).isEmpty();
        assertThat(find(MEDIUM, device)).isEmpty();
        assertThat(find(MEDIUM, otherAdmin)).isEmpty();
        assertThat(find(alertId(99), staff(Role.ADMIN, ADMIN))).isEmpty();
    }

    private void raise(AlertId alert, PatientId patient, Severity severity, int hoursAfterT0) {
        projection.on(raised(alert, patient, ORGANIZATION, severity), 0, T0.plusSeconds(hoursAfterT0 * 3600L), REGULAR);
    }

    private AlertPage worklist(Actor viewer, Set<AlertStatus> statuses, Set<Severity> severities, PatientId patient) {
        return queries.query(new FindAlertWorklist(statuses, severities, patient, 0, 20, viewer),
                ResponseTypes.instanceOf(AlertPage.class)).join();
    }

    private Optional<AlertDetails> find(AlertId alert, Actor viewer) {
        return queries.query(new FindAlertById(alert, viewer), ResponseTypes.optionalInstanceOf(AlertDetails.class))
                .join();
    }

    private static List<AlertId> ids(AlertPage page) {
        return page.items().stream().map(AlertSummary::alertId).map(AlertId::new).toList();
    }
}

package org.careledger.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.careledger.query.alert.AlertEvents.NURSE;
import static org.careledger.query.alert.AlertEvents.T0;
import static org.careledger.query.alert.AlertEvents.acknowledged;
import static org.careledger.query.alert.AlertEvents.alertId;
import static org.careledger.query.alert.AlertEvents.assigned;
import static org.careledger.query.alert.AlertEvents.patientId;
import static org.careledger.query.alert.AlertEvents.raised;
import static org.careledger.query.alert.AlertEvents.staff;

import java.time.Duration;
import java.util.Set;
import org.careledger.api.alert.AlertMetricsPeriod;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.FindAlertWorklist;
import org.careledger.api.alert.GetAlertMetrics;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The migration and the alert queries on H2 in PostgreSQL mode, as the zero-install default profile runs them: the
 * severity ranking, the care-team subquery, the timeline and the metrics range.
 */
@SpringBootTest(
        classes = AlertProjectionTest.Configuration.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:alert-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.properties.hibernate.jdbc.time_zone=UTC"
        })
class AlertViewsOnH2Test {
    @Autowired AlertViewsProjection projection;
    @Autowired AlertQueries queries;
    @Autowired AlertMetricsQueries metrics;

    @BeforeEach
    void givenTwoAlertsOnTheNursesPatientAndOneElsewhere() {
        projection.reset();
        projection.on(assigned(patientId(1), NURSE, Role.NURSE), 1);
        projection.on(raised(alertId(1), patientId(1), Severity.LOW), 0, T0, REGULAR);
        projection.on(raised(alertId(2), patientId(1), Severity.CRITICAL), 0, T0.plusSeconds(60), REGULAR);
        projection.on(acknowledged(alertId(2)), 1, T0.plusSeconds(120), REGULAR);
        projection.on(raised(alertId(3), patientId(2), Severity.CRITICAL), 0, T0, REGULAR);
    }

    @Test
    void theWorklistRanksAndFiltersOnH2() {
        var page = queries.handle(new FindAlertWorklist(AlertQueries.OPEN, Set.of(), null, 0, 20,
                staff(Role.NURSE, NURSE)));

        assertThat(page.items()).extracting(AlertSummary::alertId)
                .containsExactly(alertId(2).value(), alertId(1).value());
    }

    @Test
    void anAlertAndItsTimelineReadBackOnH2() {
        var alert = queries.handle(new FindAlertById(alertId(2), staff(Role.NURSE, NURSE)));

        assertThat(alert.acknowledgedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(alert.timeline()).hasSize(2);
    }

    @Test
    void metricsSelectTheirRangeOnH2() {
        var result = metrics.handle(new GetAlertMetrics(T0, T0.plus(Duration.ofDays(1)), AlertMetricsPeriod.DAY,
                staff(Role.NURSE, NURSE)));

        assertThat(result.buckets()).extracting(bucket -> bucket.toAcknowledge().medianSeconds())
                .containsExactly(60.0, null);
    }
}

package org.careledger.query.alert;

import org.careledger.query.WebTestSetup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.alert.AlertDetails;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertMetrics;
import org.careledger.api.alert.AlertMetricsPeriod;
import org.careledger.api.alert.AlertPage;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertTimelineEntry;
import org.careledger.api.alert.AlertTimelineKind;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.FindAlertWorklist;
import org.careledger.api.alert.GetAlertMetrics;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;

class AlertQueryControllerTest {
    private static final UUID ALERT = AlertEvents.alertId(1).value();
    private static final Actor VIEWER = AlertEvents.staff(Role.NURSE, AlertEvents.NURSE);
    private static final Instant T0 = AlertEvents.T0;
    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");
    private static final AlertDetails DETAILS = new AlertDetails(ALERT, AlertEvents.PATIENT.value(), AlertType.NEWS2,
            Severity.CRITICAL, AlertStatus.ACKNOWLEDGED, 1, "NEWS2 7: emergency response", T0, null,
            T0.plusSeconds(600), AlertEvents.NURSE.value(), null, null, null, null, null, 0, null,
            List.of(new AlertTimelineEntry(0, AlertTimelineKind.RAISED, T0, null, Severity.CRITICAL, "NEWS2 7", null,
                    null, null, null, null, null, null, null)), 4);

    private final StubQueries stub = new StubQueries();
    private MockMvc mvc;

    @BeforeEach
    void givenTheControllerBehindARealQueryBus() {
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(stub).subscribe(bus);
        var controller = new AlertQueryController(DefaultQueryGateway.builder().queryBus(bus).build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        mvc = WebTestSetup.mvc(controller, VIEWER);
    }

    @Test
    void anAlertIsReturnedWithItsTimelineAndItsVersionAsAStrongETag() throws Exception {
        stub.details = DETAILS;

        mvc.perform(get("/api/v1/alerts/{id}", ALERT))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.alertId").value(ALERT.toString()))
                .andExpect(jsonPath("$.acknowledgedAt").value("2025-03-03T08:10:00Z"))
                .andExpect(jsonPath("$.timeline[0].kind").value("RAISED"))
                .andExpect(jsonPath("$.timeline[0].at").value("2025-03-03T08:00:00Z"));
        assertThat(stub.last).isEqualTo(new FindAlertById(new AlertId(ALERT), VIEWER));
        mvc.perform(get("/api/v1/alerts/{id}", ALERT).header("If-None-Match", "\"4\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void anAbsentOrHiddenAlertIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/alerts/{id}", ALERT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ALERT_NOT_FOUND"));
    }

    @Test
    void theWorklistDefaultsToTheFirstTwentyOpenAlerts() throws Exception {
        stub.page = new AlertPage(List.of(), 0, 20, 0, 0);

        mvc.perform(get("/api/v1/alerts")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        assertThat(stub.last).isEqualTo(new FindAlertWorklist(AlertQueries.OPEN, Set.of(), null, 0, 20, VIEWER));
    }

    @Test
    void theWorklistReadsRepeatedOrCommaSeparatedStatusesAndSeverities() throws Exception {
        stub.page = new AlertPage(List.of(), 1, 5, 0, 0);
        UUID patient = AlertEvents.PATIENT.value();

        mvc.perform(get("/api/v1/alerts?status=closed&status=Escalated&severity=critical,HIGH&patientId=" + patient
                        + "&page=1&size=5"))
                .andExpect(status().isOk());
        assertThat(stub.last).isEqualTo(new FindAlertWorklist(
                EnumSet.of(AlertStatus.RESOLVED, AlertStatus.CANCELLED, AlertStatus.ESCALATED),
                EnumSet.of(Severity.CRITICAL, Severity.HIGH), new PatientId(patient), 1, 5, VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=pending", "severity=urgent", "size=0", "size=101", "page=-1", "patientId=42"})
    void aBadWorklistParameterIs400(String parameter) throws Exception {
        mvc.perform(get("/api/v1/alerts?" + parameter)).andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    @Test
    void metricsDefaultToTheLastThirtyDaysByDay() throws Exception {
        stub.metrics = new AlertMetrics(NOW.minus(Duration.ofDays(30)), NOW, AlertMetricsPeriod.DAY, List.of());

        mvc.perform(get("/api/v1/alerts/metrics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("DAY"));
        assertThat(stub.last).isEqualTo(
                new GetAlertMetrics(NOW.minus(Duration.ofDays(30)), NOW, AlertMetricsPeriod.DAY, VIEWER));
    }

    @Test
    void metricsReadTheirRangeAndPeriod() throws Exception {
        stub.metrics = new AlertMetrics(T0, NOW, AlertMetricsPeriod.WEEK, List.of());

        mvc.perform(get("/api/v1/alerts/metrics?from=2025-03-03T08:00:00Z&to=2025-04-01T12:00:00Z&period=week"))
                .andExpect(status().isOk());
        assertThat(stub.last).isEqualTo(new GetAlertMetrics(T0, NOW, AlertMetricsPeriod.WEEK, VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=year", "from=2025-04-02T00:00:00Z", "from=2024-01-01T00:00:00Z",
        "from=yesterday", "to=2025-03-01"})
    void aBadMetricsParameterIs400(String parameter) throws Exception {
        mvc.perform(get("/api/v1/alerts/metrics?" + parameter)).andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    static class StubQueries {
        Object last;
        AlertDetails details;
        AlertPage page;
        AlertMetrics metrics;

        @QueryHandler
        AlertDetails handle(FindAlertById query) {
            last = query;
            return details;
        }

        @QueryHandler
        AlertPage handle(FindAlertWorklist query) {
            last = query;
            return page;
        }

        @QueryHandler
        AlertMetrics handle(GetAlertMetrics query) {
            last = query;
            return metrics;
        }
    }
}

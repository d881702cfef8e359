package org.careledger.query.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.careledger.api.analytics.DayRange;
import org.careledger.api.analytics.FindOrganizationActivity;
import org.careledger.api.analytics.FindPatientActivity;
import org.careledger.api.analytics.OrganizationActivity;
import org.careledger.api.analytics.PatientActivity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Daily figures for analysts and auditors. Both ranges are calendar days in the analytics zone, both ends included;
 * without them, the 30 days up to today. The figures come from a projection and may trail the record by a moment.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsController {
    static final int DEFAULT_DAYS = 30;

    private final QueryGateway queries;
    private final Clock clock;
    private final AnalyticsProperties properties;

    AnalyticsController(QueryGateway queries, Clock clock, AnalyticsProperties properties) {
        this.queries = queries;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/patients/{patientId}/daily")
    PatientActivity patientDaily(
            @PathVariable UUID patientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Actor viewer) {
        var query = new FindPatientActivity(new PatientId(patientId), range(from, to), viewer);
        return queries.query(query, ResponseTypes.optionalInstanceOf(PatientActivity.class))
                .join()
                .orElseThrow(() -> new AnalyticsPatientNotFound(patientId));
    }

    @GetMapping("/organization/daily")
    OrganizationActivity organizationDaily(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Actor viewer) {
        var query = new FindOrganizationActivity(range(from, to), viewer);
        return queries.query(query, ResponseTypes.instanceOf(OrganizationActivity.class)).join();
    }

    private DayRange range(LocalDate from, LocalDate to) {
        LocalDate until = to != null ? to : LocalDate.now(clock.withZone(properties.zone()));
        return new DayRange(from != null ? from : until.minusDays(DEFAULT_DAYS - 1), until);
    }
}

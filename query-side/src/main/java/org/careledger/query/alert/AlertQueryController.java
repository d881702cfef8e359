package org.careledger.query.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.careledger.api.alert.AlertDetails;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertMetrics;
import org.careledger.api.alert.AlertPage;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.FindAlertWorklist;
import org.careledger.api.alert.GetAlertMetrics;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alert reads. They come from projections, so they may trail a command that just succeeded by a moment. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertQueryController {
    static final Duration DEFAULT_METRICS_RANGE = Duration.ofDays(30);

    private final QueryGateway queries;
    private final Clock clock;

    AlertQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    AlertPage worklist(
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) List<String> severity,
            @RequestParam(required = false) UUID patientId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Actor viewer) {
        var query = new FindAlertWorklist(WorklistParameters.statuses(status), WorklistParameters.severities(severity),
                patientId == null ? null : new PatientId(patientId), page, size, viewer);
        return queries.query(query, ResponseTypes.instanceOf(AlertPage.class)).join();
    }

    /** The range defaults to the last 30 days up to now. */
    @GetMapping("/metrics")
    AlertMetrics metrics(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "day") String period,
            Actor viewer) {
        Instant until = to != null ? to : clock.instant();
        Instant since = from != null ? from : until.minus(DEFAULT_METRICS_RANGE);
        var query = new GetAlertMetrics(since, until, WorklistParameters.period(period), viewer);
        return queries.query(query, ResponseTypes.instanceOf(AlertMetrics.class)).join();
    }

    // Spring answers a matching If-None-Match with 304 itself when a 200 ResponseEntity carries an ETag.
    @GetMapping("/{alertId}")
    ResponseEntity<AlertDetails> find(@PathVariable UUID alertId, Actor viewer) {
        var query = new FindAlertById(new AlertId(alertId), viewer);
        AlertDetails alert = queries.query(query, ResponseTypes.optionalInstanceOf(AlertDetails.class))
                .join()
                .orElseThrow(() -> new AlertRecordNotFound(alertId));
        return ResponseEntity.ok().eTag(Long.toString(alert.version())).body(alert);
    }
}

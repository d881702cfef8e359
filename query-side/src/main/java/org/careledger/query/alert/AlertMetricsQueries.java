package org.careledger.query.alert;

import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.alert.AlertMetrics;
import org.careledger.api.alert.GetAlertMetrics;
import org.springframework.stereotype.Component;

/** Answers alert response metrics over the alerts the viewer may see, raised in the range asked for. */
@Component
class AlertMetricsQueries {
    private final AlertViewRepository alerts;

    AlertMetricsQueries(AlertViewRepository alerts) {
        this.alerts = alerts;
    }

    @QueryHandler
    AlertMetrics handle(GetAlertMetrics query) {
        var raised = alerts.findAll(AlertFilters.measurableBy(query.viewer())
                .and(AlertFilters.raisedWithin(query.from(), query.to())));
        return new AlertMetrics(query.from(), query.to(), query.period(),
                AlertMetricsCalculator.buckets(raised, query.period()));
    }
}

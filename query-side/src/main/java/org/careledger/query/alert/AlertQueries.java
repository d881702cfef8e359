package org.careledger.query.alert;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.alert.AlertDetails;
import org.careledger.api.alert.AlertPage;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.FindAlertWorklist;
import org.careledger.api.alert.WatchAlerts;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Answers the alert queries from the alert views. An alert the viewer may not see is answered exactly like one that
 * does not exist: {@code null}, which Axon turns into an empty Optional for {@code optionalInstanceOf}.
 */
@Component
class AlertQueries {
    static final Set<AlertStatus> OPEN = Collections.unmodifiableSet(
            EnumSet.of(AlertStatus.RAISED, AlertStatus.ESCALATED, AlertStatus.ACKNOWLEDGED));

    private final AlertViewRepository alerts;
    private final AlertTimelineRepository timeline;
    private final AlertViewMapper mapper;

    AlertQueries(AlertViewRepository alerts, AlertTimelineRepository timeline, AlertViewMapper mapper) {
        this.alerts = alerts;
        this.timeline = timeline;
        this.mapper = mapper;
    }

    @QueryHandler
    AlertPage handle(FindAlertWorklist query) {
        var filter = AlertFilters.visibleTo(query.viewer())
                .and(AlertFilters.inStatus(query.statuses()))
                .and(AlertFilters.ofSeverity(query.severities()))
                .and(AlertFilters.ofPatient(query.patientId()))
                .and(AlertFilters.mostUrgentFirst());
        return mapper.toPage(alerts.findAll(filter, PageRequest.of(query.page(), query.size())));
    }

    @QueryHandler
    AlertDetails handle(FindAlertById query) {
        var id = query.alertId().value();
        return alerts.findOne(AlertFilters.withId(id).and(AlertFilters.visibleTo(query.viewer())))
                .map(alert -> mapper.toDetails(alert, timeline.findByAlertIdOrderBySequenceNumberAsc(id)))
                .orElse(null);
    }

    /** The first answer of the live stream: the open alerts, most urgent first, as the worklist's first page. */
    @QueryHandler
    List<AlertSummary> handle(WatchAlerts query) {
        var worklist = new FindAlertWorklist(OPEN, null, null, 0, FindAlertWorklist.MAX_SIZE, query.viewer());
        return handle(worklist).items();
    }
}

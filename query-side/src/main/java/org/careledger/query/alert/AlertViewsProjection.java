package org.careledger.query.alert;

import org.careledger.query.ProjectionTables;
import org.springframework.context.annotation.Bean;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertNoteAdded;
import org.careledger.api.alert.AlertNotificationFailed;
import org.careledger.api.alert.AlertNotificationSent;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.WatchAlerts;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code alert_view}, {@code alert_timeline} and {@code alert_care_team}. Events arrive at least once and again
 * on replay, so an event changes a row only when its sequence number is above the row's version. After each change
 * the alert's summary goes to the live-stream subscribers allowed to see it, except during a replay: a rebuild
 * re-applies history, and history is not news to a clinical screen.
 */
@Component
@ProcessingGroup(AlertViewsProjection.PROCESSING_GROUP)
class AlertViewsProjection {
    static final String PROCESSING_GROUP = "alert-views";
    private static final Logger log = LoggerFactory.getLogger(AlertViewsProjection.class);

    private final AlertViewRepository alerts;
    private final AlertTimelineRepository timeline;
    private final AlertCareTeamRepository careTeam;
    private final QueryUpdateEmitter updates;
    private final AlertViewMapper mapper;

    AlertViewsProjection(AlertViewRepository alerts, AlertTimelineRepository timeline, AlertCareTeamRepository careTeam,
            QueryUpdateEmitter updates, AlertViewMapper mapper) {
        this.alerts = alerts;
        this.timeline = timeline;
        this.careTeam = careTeam;
        this.updates = updates;
        this.mapper = mapper;
    }

    @EventHandler
    void on(AlertRaised event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        // by key, not existsById: a query would first flush the batch's rows (see PatientSummaryProjection)
        if (alerts.findById(event.alertId().value()).isEmpty()) {
            AlertView alert = alerts.save(new AlertView(event, at, sequence));
            timeline.save(AlertTimelineEntryView.raised(event, sequence, at));
            announce(alert, replay);
        }
    }

    @EventHandler
    void on(AlertRecurred event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> alert.recurred(event, at),
                AlertTimelineEntryView.recurred(event, sequence, at));
    }

    @EventHandler
    void on(AlertEscalated event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> alert.escalated(event),
                AlertTimelineEntryView.escalated(event, sequence, at));
    }

    @EventHandler
    void on(AlertNotificationSent event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> {}, AlertTimelineEntryView.notified(event, sequence, at));
    }

    @EventHandler
    void on(AlertNotificationFailed event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> {},
                AlertTimelineEntryView.notificationFailed(event, sequence, at));
    }

    @EventHandler
    void on(AlertAcknowledged event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> alert.acknowledged(event, at),
                AlertTimelineEntryView.acknowledged(event, sequence, at));
    }

    @EventHandler
    void on(AlertNoteAdded event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> {}, AlertTimelineEntryView.noteAdded(event, sequence, at));
    }

    @EventHandler
    void on(AlertResolved event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> alert.resolved(event, at),
                AlertTimelineEntryView.resolved(event, sequence, at));
    }

    @EventHandler
    void on(AlertCancelled event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        apply(event.alertId(), sequence, replay, alert -> alert.cancelled(event, at),
                AlertTimelineEntryView.cancelled(event, sequence, at));
    }

    @EventHandler
    void on(CareTeamMemberAssigned event, @SequenceNumber long sequence) {
        member(event.patientId(), event.memberId(), true, sequence);
    }

    @EventHandler
    void on(CareTeamMemberRemoved event, @SequenceNumber long sequence) {
        member(event.patientId(), event.memberId(), false, sequence);
    }

    /** The tables this projection alone writes, emptied by {@link #reset()}. */
    @Bean
    static ProjectionTables alertViewsTables() {
        return ProjectionTables.of(PROCESSING_GROUP, "alert_view", "alert_timeline", "alert_care_team");
    }

    @ResetHandler
    void reset() {
        timeline.deleteAllInBatch();
        alerts.deleteAllInBatch();
        careTeam.deleteAllInBatch();
    }

    private void apply(AlertId alertId, long sequence, ReplayStatus replay, Consumer<AlertView> change,
            AlertTimelineEntryView entry) {
        alerts.findById(alertId.value()).ifPresentOrElse(
                alert -> {
                    if (sequence > alert.getVersion()) {
                        change.accept(alert);
                        alert.appliedUpTo(sequence);
                        timeline.save(entry);
                        announce(alerts.save(alert), replay);
                    }
                },
                () -> log.warn("No view of alert {}; event at sequence {} ignored", alertId, sequence));
    }

    private void member(PatientId patientId, UserId memberId, boolean onTeam, long sequence) {
        var key = new AlertCareTeamView.Key(patientId.value(), memberId.value());
        boolean newer = careTeam.findById(key).map(member -> sequence > member.getVersion()).orElse(true);
        if (newer) {
            careTeam.save(new AlertCareTeamView(key.patientId(), key.memberId(), onTeam, sequence));
        }
    }

    // Axon sends the update after the unit of work commits, so no subscriber sees a change that was rolled back.
    private void announce(AlertView alert, ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        // The care team is read only if someone watches: Axon tests the filter once per open subscription.
        AtomicReference<Set<UUID>> team = new AtomicReference<>();
        updates.emit(WatchAlerts.class, watch -> AlertFilters.mayWatch(watch.viewer(), alert,
                team.updateAndGet(known -> known != null ? known : careTeam.membersOf(alert.getPatientId()))),
                mapper.toSummary(alert));
    }
}

package org.careledger.query.alert;

import static org.careledger.query.alert.AlertView.idOf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
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
import org.careledger.api.alert.AlertTimelineKind;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.UserId;
import org.careledger.query.NewRow;

/** One event of an alert's life; only the columns of its kind are set. The note is PHI. */
@Entity
@Table(name = "alert_timeline")
@IdClass(AlertTimelineEntryView.Key.class)
class AlertTimelineEntryView extends NewRow<AlertTimelineEntryView.Key> {
    @Id
    private UUID alertId;
    @Id
    private long sequenceNumber;
    @Enumerated(EnumType.STRING)
    private AlertTimelineKind kind;
    @Column(name = "occurred_at")
    private Instant at;
    private UUID actorId;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String summary;
    private Integer level;
    private String reason;
    private UUID recipientId;
    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;
    private Integer attempt;
    @Enumerated(EnumType.STRING)
    private DeliveryState deliveryState;
    private String note;
    private String outcome;

    /** An entry is identified by its event's place in the alert's stream, so a redelivered event finds its row. */
    record Key(UUID alertId, long sequenceNumber) implements Serializable {}

    protected AlertTimelineEntryView() {} // for JPA

    private AlertTimelineEntryView(AlertId alertId, long sequence, AlertTimelineKind kind, Instant at, UserId actor) {
        this.alertId = alertId.value();
        this.sequenceNumber = sequence;
        this.kind = kind;
        this.at = at;
        this.actorId = idOf(actor);
    }

    static AlertTimelineEntryView raised(AlertRaised event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.RAISED, at,
                event.raisedBy());
        entry.severity = event.severity();
        entry.summary = event.summary();
        return entry;
    }

    static AlertTimelineEntryView recurred(AlertRecurred event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.RECURRED, at,
                event.raisedBy());
        entry.severity = event.severity();
        entry.summary = event.summary();
        return entry;
    }

    static AlertTimelineEntryView escalated(AlertEscalated event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.ESCALATED, at,
                event.escalatedBy());
        entry.level = event.level();
        entry.reason = event.reason().name();
        return entry;
    }

    static AlertTimelineEntryView notified(AlertNotificationSent event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.NOTIFICATION_SENT, at,
                null);
        entry.notification(event.recipient(), event.channel(), event.level(), event.attempt());
        entry.deliveryState = event.state();
        return entry;
    }

    static AlertTimelineEntryView notificationFailed(AlertNotificationFailed event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.NOTIFICATION_FAILED, at,
                null);
        entry.notification(event.recipient(), event.channel(), event.level(), event.attempt());
        entry.reason = event.reason();
        return entry;
    }

    static AlertTimelineEntryView acknowledged(AlertAcknowledged event, long sequence, Instant at) {
        return new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.ACKNOWLEDGED, at,
                event.acknowledgedBy());
    }

    static AlertTimelineEntryView noteAdded(AlertNoteAdded event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.NOTE_ADDED, at,
                event.addedBy());
        entry.note = event.text();
        return entry;
    }

    static AlertTimelineEntryView resolved(AlertResolved event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.RESOLVED, at,
                event.resolvedBy());
        entry.outcome = event.outcome();
        return entry;
    }

    static AlertTimelineEntryView cancelled(AlertCancelled event, long sequence, Instant at) {
        var entry = new AlertTimelineEntryView(event.alertId(), sequence, AlertTimelineKind.CANCELLED, at,
                event.cancelledBy());
        entry.reason = event.reason();
        return entry;
    }

    private void notification(UserId to, NotificationChannel on, int atLevel, int attemptNumber) {
        recipientId = idOf(to);
        channel = on;
        level = atLevel;
        attempt = attemptNumber;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public AlertTimelineKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public UUID getActorId() {
        return actorId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSummary() {
        return summary;
    }

    public Integer getLevel() {
        return level;
    }

    public String getReason() {
        return reason;
    }

    public UUID getRecipientId() {
        return recipientId;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public Integer getAttempt() {
        return attempt;
    }

    public DeliveryState getDeliveryState() {
        return deliveryState;
    }

    public String getNote() {
        return note;
    }

    public String getOutcome() {
        return outcome;
    }

    @Override
    public Key getId() {
        return new Key(alertId, sequenceNumber);
    }
}

package org.careledger.query.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.UserId;
import org.careledger.query.NewRow;

@Entity
@Table(name = "alert_view")
class AlertView extends NewRow<UUID> {
    @Id
    private UUID alertId;
    private UUID patientId;
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private AlertType type;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    private AlertStatus status;
    private int level;
    private int escalations;
    private String summary;
    private Instant raisedAt;
    private UUID raisedBy;
    private Instant acknowledgedAt;
    private UUID acknowledgedBy;
    private Instant resolvedAt;
    private UUID resolvedBy;
    private String outcome;
    private Instant cancelledAt;
    private UUID cancelledBy;
    private int recurrenceCount;
    private Instant lastRecurredAt;
    private long version;
    /** The worklist's keys, set only with status and severity: open (not closed), and the severity's rank. */
    @Column(name = "is_open")
    private boolean open;
    private short severityRank;

    protected AlertView() {} // for JPA

    AlertView(AlertRaised event, Instant raisedAt, long sequence) {
        alertId = event.alertId().value();
        patientId = event.patientId().value();
        organizationId = event.organizationId().value();
        type = event.type();
        setSeverity(event.severity());
        setStatus(AlertStatus.RAISED);
        summary = event.summary();
        this.raisedAt = raisedAt;
        raisedBy = idOf(event.raisedBy());
        level = 1; // a raised alert is at the first level, the care team
        version = sequence;
    }

    /** A recurrence never lowers the severity: the alert stays as urgent as the worst finding it stands for. */
    void recurred(AlertRecurred event, Instant at) {
        if (event.severity().compareTo(severity) > 0) {
            setSeverity(event.severity());
        }
        summary = event.summary();
        recurrenceCount++;
        lastRecurredAt = at;
    }

    void escalated(AlertEscalated event) {
        level = Math.max(level, event.level());
        escalations++;
        if (status.awaitsAcknowledgement()) {
            setStatus(AlertStatus.ESCALATED);
        }
    }

    void acknowledged(AlertAcknowledged event, Instant at) {
        setStatus(AlertStatus.ACKNOWLEDGED);
        acknowledgedAt = at;
        acknowledgedBy = idOf(event.acknowledgedBy());
    }

    void resolved(AlertResolved event, Instant at) {
        setStatus(AlertStatus.RESOLVED);
        resolvedAt = at;
        resolvedBy = idOf(event.resolvedBy());
        outcome = event.outcome();
    }

    void cancelled(AlertCancelled event, Instant at) {
        setStatus(AlertStatus.CANCELLED);
        cancelledAt = at;
        cancelledBy = idOf(event.cancelledBy());
    }

    private void setSeverity(Severity severity) {
        this.severity = severity;
        severityRank = (short) severity.ordinal();
    }

    private void setStatus(AlertStatus status) {
        this.status = status;
        open = !status.isClosed();
    }

    void appliedUpTo(long sequence) {
        version = sequence;
    }

    static UUID idOf(UserId user) {
        return user == null ? null : user.value();
    }

    public UUID getAlertId() {
        return alertId;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public AlertType getType() {
        return type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public int getLevel() {
        return level;
    }

    public int getEscalations() {
        return escalations;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public UUID getRaisedBy() {
        return raisedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public UUID getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public UUID getResolvedBy() {
        return resolvedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public UUID getCancelledBy() {
        return cancelledBy;
    }

    public int getRecurrenceCount() {
        return recurrenceCount;
    }

    public Instant getLastRecurredAt() {
        return lastRecurredAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public UUID getId() {
        return alertId;
    }
}

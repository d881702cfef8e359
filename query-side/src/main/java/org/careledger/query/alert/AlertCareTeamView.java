package org.careledger.query.alert;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * A nurse or clinician on (or, after removal, off) a patient's care team, as far as the alert views need it: kept
 * from the patient events rather than read from the patient feature's tables, so the two features share no schema.
 */
@Entity
@Table(name = "alert_care_team")
@IdClass(AlertCareTeamView.Key.class)
class AlertCareTeamView {
    @Id
    private UUID patientId;
    @Id
    private UUID memberId;
    private boolean onTeam;
    private long version;

    record Key(UUID patientId, UUID memberId) implements Serializable {}

    protected AlertCareTeamView() {} // for JPA

    AlertCareTeamView(UUID patientId, UUID memberId, boolean onTeam, long version) {
        this.patientId = patientId;
        this.memberId = memberId;
        this.onTeam = onTeam;
        this.version = version;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public boolean isOnTeam() {
        return onTeam;
    }

    public long getVersion() {
        return version;
    }
}

package org.careledger.query.appointment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * A nurse or clinician on (or, after removal, off) a patient's care team, kept from the patient events: they may read
 * the reason of the patient's appointments. The appointment feature keeps its own copy, so features share no schema.
 */
@Entity
@Table(name = "appointment_care_team")
@IdClass(AppointmentCareTeamView.Key.class)
class AppointmentCareTeamView {
    @Id
    private UUID patientId;
    @Id
    private UUID memberId;
    private boolean onTeam;
    private long version;

    record Key(UUID patientId, UUID memberId) implements Serializable {}

    protected AppointmentCareTeamView() {} // for JPA

    AppointmentCareTeamView(UUID patientId, UUID memberId, boolean onTeam, long version) {
        this.patientId = patientId;
        this.memberId = memberId;
        this.onTeam = onTeam;
        this.version = version;
    }

    public boolean isOnTeam() {
        return onTeam;
    }

    public long getVersion() {
        return version;
    }
}

package org.careledger.query.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.shared.Role;

@Entity
@Table(name = "patient_care_team")
@IdClass(CareTeamMemberView.Key.class)
class CareTeamMemberView {
    @Id
    private UUID patientId;
    @Id
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    private Role memberRole;
    @Enumerated(EnumType.STRING)
    private CareTeamRole teamRole;
    private Instant assignedAt;

    record Key(UUID patientId, UUID memberId) implements Serializable {}

    protected CareTeamMemberView() {} // for JPA

    CareTeamMemberView(CareTeamMemberAssigned event, Instant assignedAt) {
        patientId = event.patientId().value();
        memberId = event.memberId().value();
        memberRole = event.memberRole();
        teamRole = event.teamRole();
        this.assignedAt = assignedAt;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public Role getMemberRole() {
        return memberRole;
    }

    public CareTeamRole getTeamRole() {
        return teamRole;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}

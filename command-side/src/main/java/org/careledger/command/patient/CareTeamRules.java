package org.careledger.command.patient;

import java.util.Map;
import java.util.UUID;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.Role;


/** Who may join a patient's care team, and in which place. */
record CareTeamRules(OrganizationId organizationId, Map<UUID, CareTeamRole> careTeam) {

    void requireAssignable(StaffMember member, CareTeamRole teamRole) {
        if (!organizationId.equals(member.organizationId())) {
            throw new StaffMemberUnknown();
        }
        if (!member.role().isCareGiver()) {
            throw new NotEligibleForCareTeam("only nurses and clinicians sit on a care team");
        }
        if (teamRole == CareTeamRole.PRIMARY && member.role() != Role.CLINICIAN) {
            throw new NotEligibleForCareTeam("only a clinician may be the primary clinician");
        }
        if (careTeam.containsKey(member.userId().value())) {
            throw new AlreadyOnCareTeam();
        }
        if (teamRole == CareTeamRole.PRIMARY && careTeam.containsValue(CareTeamRole.PRIMARY)) {
            throw new PrimaryClinicianAlreadyAssigned();
        }
    }
}

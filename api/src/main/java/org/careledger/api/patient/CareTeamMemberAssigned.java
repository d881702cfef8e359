package org.careledger.api.patient;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/** A nurse or clinician joined the patient's care team and may from now on read and act on the record. */
@Revision("1")
public record CareTeamMemberAssigned(
        PatientId patientId, UserId memberId, Role memberRole, CareTeamRole teamRole, UserId assignedBy) {}

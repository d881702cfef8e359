package org.careledger.api.patient;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** A member left the patient's care team and lost access to the record. */
@Revision("1")
public record CareTeamMemberRemoved(PatientId patientId, UserId memberId, UserId removedBy) {}

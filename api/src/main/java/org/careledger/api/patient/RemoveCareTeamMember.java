package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** Take a member off the patient's care team; they lose access to the patient's record. */
public record RemoveCareTeamMember(
        @TargetAggregateIdentifier PatientId patientId,
        UserId memberId,
        Long expectedVersion,
        Actor by) {}

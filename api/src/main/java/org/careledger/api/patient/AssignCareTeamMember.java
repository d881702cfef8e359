package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Put a nurse or clinician of the patient's organization on the care team, as its primary clinician or as a member. */
public record AssignCareTeamMember(
        @TargetAggregateIdentifier PatientId patientId,
        StaffMember member,
        CareTeamRole teamRole,
        Long expectedVersion,
        Actor by) {}

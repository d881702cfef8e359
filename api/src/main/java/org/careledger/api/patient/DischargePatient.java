package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** End the patient's monitoring; the record stays and can still be read, but no longer changes. */
public record DischargePatient(
        @TargetAggregateIdentifier PatientId patientId,
        Long expectedVersion,
        Actor by) {}

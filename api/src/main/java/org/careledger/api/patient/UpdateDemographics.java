package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Correct or update who the patient is; {@code expectedVersion}, when given, must be the record's current version. */
public record UpdateDemographics(
        @TargetAggregateIdentifier PatientId patientId,
        Demographics demographics,
        Long expectedVersion,
        Actor by) {}

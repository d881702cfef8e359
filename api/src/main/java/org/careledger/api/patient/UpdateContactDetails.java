package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Replace how the patient can be reached; {@code expectedVersion}, when given, must be the record's current version. */
public record UpdateContactDetails(
        @TargetAggregateIdentifier PatientId patientId,
        ContactDetails contactDetails,
        Long expectedVersion,
        Actor by) {}

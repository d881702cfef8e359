package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;

/** Admit a patient to the organization's record under a medical record number that no other patient there holds. */
public record RegisterPatient(
        @TargetAggregateIdentifier PatientId patientId,
        OrganizationId organizationId,
        Mrn mrn,
        Demographics demographics,
        ContactDetails contactDetails,
        Actor by) {}

package org.careledger.api.patient;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** A patient was admitted to an organization's record; the first event of every patient stream. */
@Revision("1")
public record PatientRegistered(
        PatientId patientId,
        OrganizationId organizationId,
        Mrn mrn,
        Demographics demographics,
        ContactDetails contactDetails,
        UserId registeredBy) {}

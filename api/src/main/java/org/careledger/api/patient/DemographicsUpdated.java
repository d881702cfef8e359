package org.careledger.api.patient;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The patient's demographics were replaced by the ones carried here. */
@Revision("1")
public record DemographicsUpdated(PatientId patientId, Demographics demographics, UserId updatedBy) {}

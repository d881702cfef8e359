package org.careledger.api.patient;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The patient's monitoring ended; from here on the record is read-only. */
@Revision("1")
public record PatientDischarged(PatientId patientId, UserId dischargedBy) {}

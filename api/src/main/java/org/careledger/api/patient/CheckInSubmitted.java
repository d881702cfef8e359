package org.careledger.api.patient;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The patient's daily check-in answers entered the record. */
@Revision("1")
public record CheckInSubmitted(PatientId patientId, CheckInAnswers answers, UserId submittedBy) {}

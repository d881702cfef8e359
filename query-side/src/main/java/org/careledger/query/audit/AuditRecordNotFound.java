package org.careledger.query.audit;

import java.util.UUID;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** No such patient in the auditor's organization (or none yet at the instant asked about): both read alike. */
final class AuditRecordNotFound extends ClinicalException {
    AuditRecordNotFound(UUID patientId) {
        super(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + patientId + " not found");
    }
}

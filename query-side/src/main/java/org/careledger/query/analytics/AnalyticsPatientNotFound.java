package org.careledger.query.analytics;

import java.util.UUID;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The patient is unknown to analytics or the viewer may not see it; both read alike, as everywhere else. */
final class AnalyticsPatientNotFound extends ClinicalException {
    AnalyticsPatientNotFound(UUID patientId) {
        super(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + patientId + " not found");
    }
}

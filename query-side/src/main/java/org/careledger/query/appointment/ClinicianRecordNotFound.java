package org.careledger.query.appointment;

import java.util.UUID;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** No clinician of the viewer's organization has this id, or the viewer may not look at clinicians' calendars. */
final class ClinicianRecordNotFound extends ClinicalException {
    ClinicianRecordNotFound(UUID clinicianId) {
        super(ClinicalErrorCode.RECORD_NOT_FOUND, "clinician " + clinicianId + " not found");
    }
}

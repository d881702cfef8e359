package org.careledger.query.appointment;

import java.util.UUID;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The appointment does not exist or the viewer may not see it; both read alike, so a 404 reveals nothing. */
final class AppointmentRecordNotFound extends ClinicalException {
    AppointmentRecordNotFound(UUID appointmentId) {
        super(ClinicalErrorCode.APPOINTMENT_NOT_FOUND, "appointment " + appointmentId + " not found");
    }
}

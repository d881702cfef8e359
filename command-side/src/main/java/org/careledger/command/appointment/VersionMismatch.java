package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The appointment changed after the client read it (If-Match). */
class VersionMismatch extends ClinicalException {
    VersionMismatch(long expectedVersion) {
        super(ClinicalErrorCode.VERSION_MISMATCH, "the appointment has changed since version " + expectedVersion);
    }
}

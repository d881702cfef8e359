package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The record changed after the client read it: the write was based on version it no longer has. */
class VersionMismatch extends ClinicalException {
    VersionMismatch(long expectedVersion) {
        super(ClinicalErrorCode.VERSION_MISMATCH, "the record has changed since version " + expectedVersion);
    }
}

package org.careledger.query.audit;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The audit trail is read by auditors only; the URL rules say so too, this holds when they are forgotten. */
final class AuditorsOnly extends ClinicalException {
    AuditorsOnly() {
        super(ClinicalErrorCode.ACCESS_DENIED, "the audit trail is open to auditors only");
    }
}

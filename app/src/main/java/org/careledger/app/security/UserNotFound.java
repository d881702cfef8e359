package org.careledger.app.security;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** No user with this id in the administrator's organization. */
class UserNotFound extends ClinicalException {
    UserNotFound() {
        super(ClinicalErrorCode.RECORD_NOT_FOUND, "user not found");
    }
}

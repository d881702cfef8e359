package org.careledger.app.security;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Another account already signs in with this user name. */
class UsernameTaken extends ClinicalException {
    UsernameTaken() {
        super(ClinicalErrorCode.USERNAME_TAKEN, "the user name is already taken");
    }
}

package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The user to remove is not on the patient's care team. */
class NotOnCareTeam extends ClinicalException {
    NotOnCareTeam() {
        super(ClinicalErrorCode.CARE_TEAM_MEMBER_NOT_FOUND, "the user is not on the care team");
    }
}

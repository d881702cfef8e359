package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The member already sits on the care team; to change their place, remove and assign them again. */
class AlreadyOnCareTeam extends ClinicalException {
    AlreadyOnCareTeam() {
        super(ClinicalErrorCode.ALREADY_IN_CARE_TEAM, "the member is already on the care team");
    }
}

package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Only nurses and clinicians sit on a care team, and only a clinician may be its primary. */
class NotEligibleForCareTeam extends ClinicalException {
    NotEligibleForCareTeam(String reason) {
        super(ClinicalErrorCode.NOT_CARE_TEAM_ELIGIBLE, reason);
    }
}

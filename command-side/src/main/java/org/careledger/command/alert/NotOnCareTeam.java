package org.careledger.command.alert;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Only the patient's care team takes an alert on: acknowledging commits the acknowledger to respond. */
class NotOnCareTeam extends ClinicalException {
    NotOnCareTeam() {
        super(ClinicalErrorCode.NOT_ON_CARE_TEAM, "only a member of the patient's care team may acknowledge the alert");
    }
}

package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The user to assign is not a member of staff of the patient's organization. */
class StaffMemberUnknown extends ClinicalException {
    StaffMemberUnknown() {
        super(ClinicalErrorCode.STAFF_MEMBER_UNKNOWN, "no such member of staff in this organization");
    }
}

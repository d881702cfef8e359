package org.careledger.command.patient;

import java.util.Optional;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.UserId;

/** Port to whoever keeps the users: the command side asks it who a prospective care-team member is. */
public interface StaffDirectory {
    Optional<StaffMember> find(UserId userId);
}

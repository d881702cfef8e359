package org.careledger.app.security;

import java.util.Optional;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.UserId;
import org.careledger.command.patient.StaffDirectory;
import org.springframework.stereotype.Component;

/** The command side's view of who works where, answered from the user accounts. */
@Component
class UserStaffDirectory implements StaffDirectory {
    private final UserAccounts accounts;

    UserStaffDirectory(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<StaffMember> find(UserId userId) {
        return accounts.findById(userId.value()).filter(UserAccount::enabled)
                .map(account -> new StaffMember(userId, account.role(), account.actor().organizationId()));
    }
}

package org.careledger.app.security;

import java.util.Optional;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.UserId;
import org.careledger.command.appointment.ClinicianDirectory;
import org.springframework.stereotype.Component;

/** Booking's view of who an appointment's clinician is, answered from the user accounts; disabled users are unknown. */
@Component
class UserClinicianDirectory implements ClinicianDirectory {
    private final UserAccounts accounts;

    UserClinicianDirectory(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<StaffMember> find(UserId userId) {
        return accounts.findById(userId.value()).filter(UserAccount::enabled)
                .map(account -> new StaffMember(userId, account.role(), account.actor().organizationId()));
    }
}

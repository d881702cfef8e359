package org.careledger.app.security;

import java.util.Optional;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.notification.Contact;
import org.careledger.saga.notification.RecipientDirectory;
import org.springframework.stereotype.Component;

/**
 * The notification process's view of people, from the user accounts: contact details, escalation roles, patients' own
 * accounts and staff names.
 */
@Component
class UserRecipientDirectory implements RecipientDirectory {
    private final UserAccounts accounts;
    private final Organizations organizations;

    UserRecipientDirectory(UserAccounts accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @Override
    public Optional<Contact> contact(UserId userId) {
        return accounts.findById(userId.value()).filter(UserAccount::enabled).map(account ->
                new Contact(userId, account.email(), account.phone(), account.notificationChannels()));
    }

    /** A patient has one account at most; a disabled one is not used. */
    @Override
    public Optional<Contact> patientAccount(PatientId patientId) {
        return accounts.findByPatientIdOrderByCreatedAt(patientId.value()).stream().filter(UserAccount::enabled)
                .findFirst().map(account -> new Contact(new UserId(account.id()), account.email(), account.phone(),
                        account.notificationChannels()));
    }

    @Override
    public Optional<String> displayName(UserId userId) {
        return accounts.findById(userId.value()).map(UserAccount::displayName);
    }

    @Override
    public Optional<UserId> onCallClinician(OrganizationId organizationId) {
        return organizations.findById(organizationId.value()).map(Organization::onCallClinicianId).map(UserId::new);
    }

    @Override
    public Optional<UserId> escalationContact(OrganizationId organizationId) {
        return organizations.findById(organizationId.value()).map(Organization::escalationContactId).map(UserId::new);
    }
}

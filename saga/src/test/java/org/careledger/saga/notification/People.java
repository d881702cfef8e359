package org.careledger.saga.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The recipient directory as a table in memory: the application's is backed by the user accounts. */
final class People implements RecipientDirectory {
    private final Map<UserId, Contact> contacts = new HashMap<>();
    private final Map<OrganizationId, UserId> onCall = new HashMap<>();
    private final Map<OrganizationId, UserId> escalation = new HashMap<>();
    private final Map<PatientId, UserId> patientAccounts = new HashMap<>();
    private final Map<UserId, String> names = new HashMap<>();

    People with(Contact contact) {
        contacts.put(contact.userId(), contact);
        return this;
    }

    People patientAccount(PatientId patient, Contact account) {
        contacts.put(account.userId(), account);
        patientAccounts.put(patient, account.userId());
        return this;
    }

    People named(UserId user, String name) {
        names.put(user, name);
        return this;
    }

    People onCall(OrganizationId organization, UserId clinician) {
        onCall.put(organization, clinician);
        return this;
    }

    People escalation(OrganizationId organization, UserId contact) {
        escalation.put(organization, contact);
        return this;
    }

    @Override
    public Optional<Contact> contact(UserId userId) {
        return Optional.ofNullable(contacts.get(userId));
    }

    @Override
    public Optional<Contact> patientAccount(PatientId patientId) {
        return Optional.ofNullable(patientAccounts.get(patientId)).map(contacts::get);
    }

    @Override
    public Optional<String> displayName(UserId userId) {
        return Optional.ofNullable(names.get(userId));
    }

    @Override
    public Optional<UserId> onCallClinician(OrganizationId organizationId) {
        return Optional.ofNullable(onCall.get(organizationId));
    }

    @Override
    public Optional<UserId> escalationContact(OrganizationId organizationId) {
        return Optional.ofNullable(escalation.get(organizationId));
    }
}

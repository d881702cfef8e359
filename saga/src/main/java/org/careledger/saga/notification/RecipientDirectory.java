package org.careledger.saga.notification;

import java.util.Optional;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.UserId;

/**
 * People's contact details and the organization's notification roles, which live with the user accounts rather than
 * in the event record; the application implements it.
 */
public interface RecipientDirectory {

    /** The contact of an enabled user; empty for an unknown or disabled one. */
    Optional<Contact> contact(UserId userId);

    /** Who is told at escalation level 2. */
    Optional<UserId> onCallClinician(OrganizationId organizationId);

    /** Who is told at escalation level 3 and above. */
    Optional<UserId> escalationContact(OrganizationId organizationId);
}

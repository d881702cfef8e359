package org.careledger.saga.notification;

import java.util.Optional;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * People's contact details and the organization's notification roles, which live with the user accounts rather than
 * in the event record; the application implements it.
 */
public interface RecipientDirectory {

    /** The contact of an enabled user; empty for an unknown or disabled one. */
    Optional<Contact> contact(UserId userId);

    /** The contact of the patient's own enabled user account, if the patient has one. */
    Optional<Contact> patientAccount(PatientId patientId);

    /** The name a user goes by, as reminders name the clinician; empty for an unknown user. */
    Optional<String> displayName(UserId userId);

    /** Who is told at escalation level 2. */
    Optional<UserId> onCallClinician(OrganizationId organizationId);

    /** Who is told at escalation level 3 and above. */
    Optional<UserId> escalationContact(OrganizationId organizationId);
}

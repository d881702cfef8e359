package org.careledger.app.security;

import java.util.Set;
import java.util.UUID;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an organization escalates alerts to: the on-call clinician (level 2) and the escalation contact (level 3).
 * Both must be enabled users of the administrator's own organization.
 */
@Service
class NotificationRoles {
    private static final Set<Role> ESCALATION_CONTACT_ROLES = Set.of(Role.CLINICIAN, Role.NURSE, Role.ADMIN);

    private final Organizations organizations;
    private final UserAccounts accounts;

    NotificationRoles(Organizations organizations, UserAccounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    Organization of(Actor admin) {
        return organizations.findById(admin.organizationId().value()).orElseThrow();
    }

    @Transactional
    void assignOnCallClinician(Actor admin, UUID userId) {
        requireMember(admin, userId, Set.of(Role.CLINICIAN), "must name an enabled CLINICIAN of your organization");
        of(admin).onCallClinician(userId);
    }

    @Transactional
    void assignEscalationContact(Actor admin, UUID userId) {
        requireMember(admin, userId, ESCALATION_CONTACT_ROLES,
                "must name an enabled CLINICIAN, NURSE or ADMIN of your organization");
        of(admin).escalationContact(userId);
    }

    private void requireMember(Actor admin, UUID userId, Set<Role> roles, String rule) {
        boolean eligible = userId != null && accounts.findById(userId)
                .filter(UserAccount::enabled)
                .filter(account -> account.organizationId().equals(admin.organizationId().value()))
                .filter(account -> roles.contains(account.role()))
                .isPresent();
        if (!eligible) {
            throw InvalidRequest.of(new InvalidValue("userId", rule));
        }
    }
}

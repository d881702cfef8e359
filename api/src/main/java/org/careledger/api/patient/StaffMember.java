package org.careledger.api.patient;

import java.util.Objects;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/** A user as the staff directory knows them when they are put on a care team: who, in which role and organization. */
public record StaffMember(UserId userId, Role role, OrganizationId organizationId) {
    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organizationId, "organizationId");
    }
}

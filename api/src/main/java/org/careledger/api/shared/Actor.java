package org.careledger.api.shared;

import java.util.Objects;

/**
 * The signed-in user on whose behalf a command or query runs; {@code patientId} is set only for
 * users with the {@code PATIENT} role and names the record that is their own.
 */
public record Actor(UserId userId, Role role, OrganizationId organizationId, PatientId patientId) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organizationId, "organizationId");
        if (role == Role.PATIENT && patientId == null) {
            throw new InvalidValue("patientId", "is required for a patient user");
        }
    }

    public static Actor staff(UserId userId, Role role, OrganizationId organizationId) {
        return new Actor(userId, role, organizationId, null);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isPatient(PatientId candidate) {
        return role == Role.PATIENT && candidate.equals(patientId);
    }
}

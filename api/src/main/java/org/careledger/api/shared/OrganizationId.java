package org.careledger.api.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant: a trust, hospital or clinic that every patient, user and appointment belongs to. */
public record OrganizationId(UUID value) {
    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId of(String value) {
        return new OrganizationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

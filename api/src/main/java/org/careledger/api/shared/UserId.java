package org.careledger.api.shared;

import java.util.Objects;
import java.util.UUID;

/** A person or device that signs in to CareLedger: staff, patients and machines alike. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

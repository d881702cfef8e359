package org.careledger.api.alert;

import java.util.Objects;
import java.util.UUID;

/** An alert's identity: the Alert aggregate's id. */
public record AlertId(UUID value) {
    public AlertId {
        Objects.requireNonNull(value, "value");
    }

    public static AlertId newId() {
        return new AlertId(UUID.randomUUID());
    }

    public static AlertId of(String value) {
        return new AlertId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

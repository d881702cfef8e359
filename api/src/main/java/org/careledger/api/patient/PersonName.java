package org.careledger.api.patient;

import org.careledger.api.shared.InvalidValue;

/** A patient's name (PHI): given and family name, each required and at most 100 characters. */
public record PersonName(String givenName, String familyName) {
    public PersonName {
        givenName = part("givenName", givenName);
        familyName = part("familyName", familyName);
    }

    /** Checks one part of a name on its own, so a client can be told about both parts at once. */
    public static String part(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "is required");
        }
        if (value.length() > 100) {
            throw new InvalidValue(field, "must be at most 100 characters");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "PersonName[***]";
    }
}

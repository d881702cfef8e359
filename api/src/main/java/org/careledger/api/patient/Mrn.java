package org.careledger.api.patient;

import java.util.regex.Pattern;
import org.careledger.api.shared.InvalidValue;

/** A medical record number, unique within one organization: 6 to 12 capital letters or digits. */
public record Mrn(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{6,12}");

    public Mrn {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("mrn", "must be 6 to 12 capital letters or digits");
        }
    }

    @Override
    public String toString() {
        return "Mrn[***]";
    }
}

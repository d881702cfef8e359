package org.careledger.api.patient;

import java.util.regex.Pattern;
import org.careledger.api.shared.InvalidValue;

/**
 * How to reach the patient (PHI). Every part is optional; a phone number is in E.164 form
 * ({@code +447700900123}) so SMS and WhatsApp providers accept it as it is.
 */
public record ContactDetails(String email, String phone, String address) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public ContactDetails {
        email = blankToNull(email);
        phone = blankToNull(phone);
        address = blankToNull(address);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidValue("email", "must be an e-mail address");
        }
        if (phone != null && !E164.matcher(phone).matches()) {
            throw new InvalidValue("phone", "must be an E.164 number such as +447700900123");
        }
        if (address != null && address.length() > 500) {
            throw new InvalidValue("address", "must be at most 500 characters");
        }
    }

    public static ContactDetails none() {
        return new ContactDetails(null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ContactDetails[***]";
    }
}

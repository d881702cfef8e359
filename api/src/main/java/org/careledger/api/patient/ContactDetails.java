package org.careledger.api.patient;

import java.util.ArrayList;
import java.util.List;
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
        List<InvalidValue> violations = violations(email, phone, address);
        if (!violations.isEmpty()) {
            throw violations.get(0);
        }
    }

    /** Every part that is not acceptable, so a client can be told about all of them at once. */
    public static List<InvalidValue> violations(String email, String phone, String address) {
        List<InvalidValue> violations = new ArrayList<>();
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
            violations.add(new InvalidValue("email", "must be an e-mail address"));
        }
        String number = blankToNull(phone);
        if (number != null && !E164.matcher(number).matches()) {
            violations.add(new InvalidValue("phone", "must be an E.164 number such as +447700900123"));
        }
        String place = blankToNull(address);
        if (place != null && place.length() > 500) {
            violations.add(new InvalidValue("address", "must be at most 500 characters"));
        }
        return violations;
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

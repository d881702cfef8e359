package org.careledger.command.appointment;

import java.net.URI;
import java.net.URISyntaxException;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.shared.InvalidValue;

/**
 * The shape of an appointment and its free texts, checked alike by the REST layer (to report every bad field at once)
 * and by the Appointment (for commands that come from elsewhere). Reasons may hold PHI and join links are secrets of
 * the call: messages name the field, never the value.
 */
final class AppointmentTerms {
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;
    static final int REASON_LIMIT = 1000;
    static final int LINK_LIMIT = 2000;

    private AppointmentTerms() {}

    static int duration(Integer minutes) {
        present("durationMinutes", minutes);
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidValue("durationMinutes", "must be between " + MIN_MINUTES + " and " + MAX_MINUTES);
        }
        return minutes;
    }

    /** An optional reason for the visit: absent or blank stays null. */
    static String optionalReason(String value) {
        return value == null || value.isBlank() ? null : limited("reason", value.strip(), REASON_LIMIT);
    }

    /** Why an appointment is cancelled or entered in error: required. */
    static String reason(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("reason", "is required");
        }
        return limited("reason", value.strip(), REASON_LIMIT);
    }

    /** A video appointment needs an https link to join the call; no other type carries one. */
    static String joinLink(AppointmentType type, String value) {
        boolean given = value != null && !value.isBlank();
        if (type != AppointmentType.VIDEO) {
            if (given) {
                throw new InvalidValue("joinLink", "is only for VIDEO appointments");
            }
            return null;
        }
        if (!given) {
            throw new InvalidValue("joinLink", "is required for a VIDEO appointment");
        }
        String link = limited("joinLink", value.strip(), LINK_LIMIT);
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidValue("joinLink", "must be an https link");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValue("joinLink", "must be an https link");
        }
        return link;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValue(field, "is required");
        }
        return value;
    }

    private static String limited(String field, String value, int limit) {
        if (value.length() > limit) {
            throw new InvalidValue(field, "must be at most " + limit + " characters");
        }
        return value;
    }
}

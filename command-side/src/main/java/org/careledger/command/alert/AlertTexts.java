package org.careledger.command.alert;

import org.careledger.api.shared.InvalidValue;

/**
 * The free-text fields of alerts and their limits, checked alike by the REST layer (to report every bad
 * field at once) and by the Alert (for commands that come from elsewhere, such as the sagas). The texts
 * may hold PHI: messages name the field, never the value.
 */
final class AlertTexts {
    static final int SUMMARY_LIMIT = 200;
    static final int NOTE_LIMIT = 4000;
    static final int REASON_LIMIT = 1000;

    private AlertTexts() {}

    static String summary(String value) {
        return required("summary", value, SUMMARY_LIMIT);
    }

    static String note(String value) {
        return required("text", value, NOTE_LIMIT);
    }

    static String outcome(String value) {
        return required("outcome", value, REASON_LIMIT);
    }

    static String reason(String value) {
        return required("reason", value, REASON_LIMIT);
    }

    static String failure(String value) {
        return required("failure", value, REASON_LIMIT);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValue(field, "is required");
        }
        return value;
    }

    private static String required(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "is required");
        }
        String text = value.strip();
        if (text.length() > limit) {
            throw new InvalidValue(field, "must be at most " + limit + " characters");
        }
        return text;
    }
}

package org.careledger.saga.rules;

import java.util.Objects;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;

/**
 * What a rule found: the alert it calls for. {@code summary} states the clinical finding and never
 * identifies the patient, because it travels into notifications and worklists.
 */
record Finding(AlertType type, Severity severity, String summary) {
    Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
    }
}

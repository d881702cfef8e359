package org.careledger.command.alert;

import static org.careledger.command.web.Fields.field;
import static org.careledger.command.web.Fields.oneOf;
import static org.careledger.command.web.Fields.required;
import static org.careledger.command.web.Fields.single;
import static org.careledger.command.web.Fields.uuid;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.UUID;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.FieldError;

/** The JSON bodies the alert endpoints accept; codes arrive as strings so that every bad field is reported at once. */
final class AlertRequests {
    private AlertRequests() {}

    /** A raise by hand; the type defaults to MANUAL. */
    record Raise(String patientId, String type, String severity, String summary) {
        Validation<Seq<FieldError>, Raised> validate() {
            return Validation.combine(uuid("patientId", patientId).flatMap(id -> required("patientId", id)),
                            type == null ? Validation.<FieldError, AlertType>valid(AlertType.MANUAL)
                                    : oneOf("type", type, AlertType.class),
                            oneOf("severity", severity, Severity.class),
                            field(() -> AlertTexts.summary(summary)))
                    .ap(Raised::new);
        }
    }

    record Raised(UUID patientId, AlertType type, Severity severity, String summary) {}

    record Note(String text) {
        Validation<Seq<FieldError>, String> validate() {
            return single(field(() -> AlertTexts.note(text)));
        }
    }

    record Resolution(String outcome) {
        Validation<Seq<FieldError>, String> validate() {
            return single(field(() -> AlertTexts.outcome(outcome)));
        }
    }

    record Cancellation(String reason) {
        Validation<Seq<FieldError>, String> validate() {
            return single(field(() -> AlertTexts.reason(reason)));
        }
    }
}

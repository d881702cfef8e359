package org.careledger.saga.rules;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertType;

/**
 * Alert ids derived from what triggered them, so a trigger handled twice (an event redelivered, a
 * deadline run again after a crash) asks for the same alert, never for a second one.
 */
final class AlertIds {

    private AlertIds() {}

    /** The alert of this type that the event with this identifier calls for. */
    static AlertId forEvent(String eventIdentifier, AlertType type) {
        return nameBased("event:" + eventIdentifier + ":" + type);
    }

    /** The alert raised by the {@code serial}th missed check-in deadline of a patient. */
    static AlertId forMissedCheckIn(UUID patientId, int serial) {
        return nameBased("missed-check-in:" + patientId + ":" + serial);
    }

    private static AlertId nameBased(String name) {
        return new AlertId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}

package org.careledger.command.alert;

import static org.careledger.command.alert.AlertTexts.present;

import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertNotificationFailed;
import org.careledger.api.alert.AlertNotificationSent;
import org.careledger.api.alert.RecordNotificationOutcome;
import org.careledger.api.shared.InvalidValue;

/** What one notification attempt reported, as the event that records it on the alert. */
final class NotificationOutcomes {
    private NotificationOutcomes() {}

    /** Sent with a delivery state, or failed with a reason; exactly one of the two. */
    static Object eventFor(AlertId alertId, RecordNotificationOutcome cmd, int lastLevel) {
        present("recipient", cmd.recipient());
        present("channel", cmd.channel());
        // Level 1 is the notification of the raise itself (the care team); escalations reach 2 and 3.
        if (cmd.level() < 1 || cmd.level() > lastLevel) {
            throw new InvalidValue("level", "must be between 1 and " + lastLevel);
        }
        if (cmd.attempt() < 1) {
            throw new InvalidValue("attempt", "must be 1 or more");
        }
        if ((cmd.state() == null) == (cmd.failure() == null)) {
            throw new InvalidValue("state", "requires exactly one of a delivery state and a failure");
        }
        return cmd.state() != null
                ? new AlertNotificationSent(alertId, cmd.recipient(), cmd.channel(), cmd.level(), cmd.attempt(), cmd.state())
                : new AlertNotificationFailed(alertId, cmd.recipient(), cmd.channel(), cmd.level(), cmd.attempt(),
                        AlertTexts.failure(cmd.failure()));
    }
}

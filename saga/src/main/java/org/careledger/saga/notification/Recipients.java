package org.careledger.saga.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is told about an alert at which level (domain.md, "Alert"): level 1 the patient's care team (nurses and
 * clinicians on it now), level 2 the organization's on-call clinician, level 3 and above its escalation contact;
 * each on every channel they chose.
 */
class Recipients {
    private static final Logger log = LoggerFactory.getLogger(Recipients.class);

    private final CareTeams careTeams;
    private final RecipientDirectory people;
    private final URI alertBaseUrl;

    Recipients(CareTeams careTeams, RecipientDirectory people, URI alertBaseUrl) {
        this.careTeams = careTeams;
        this.people = people;
        this.alertBaseUrl = alertBaseUrl;
    }

    List<UserId> forLevel(AlertContext alert, int level) {
        Optional<UserId> single = switch (level) {
            case 0, 1 -> Optional.empty();
            case 2 -> people.onCallClinician(alert.organizationId());
            default -> people.escalationContact(alert.organizationId());
        };
        List<UserId> chosen = level <= 1 ? careTeams.currentCareGivers(alert.patientId()) : single.stream().toList();
        if (chosen.isEmpty()) {
            log.warn("Alert {} at level {}: nobody to notify ({} of organization {} not set)", alert.alertId(), level,
                    level <= 1 ? "care team" : level == 2 ? "on-call clinician" : "escalation contact",
                    alert.organizationId());
        }
        return List.copyOf(new LinkedHashSet<>(chosen));
    }

    /** One notification per recipient and chosen channel; a recipient unknown to the directory is skipped. */
    List<Notification> notifications(AlertContext alert, int level) {
        URI link = URI.create(alertBaseUrl.toString().replaceAll("/+$", "") + "/api/v1/alerts/" + alert.alertId());
        List<Notification> notifications = new ArrayList<>();
        for (UserId recipient : forLevel(alert, level)) {
            people.contact(recipient).ifPresentOrElse(
                    contact -> contact.channels().stream().sorted().forEach(channel -> notifications.add(
                            new Notification(alert.alertId(), level, alert.severity(), alert.summary(), recipient,
                                    channel, address(contact, channel), link))),
                    () -> log.warn("Alert {} at level {}: user {} is unknown or disabled; not notified",
                            alert.alertId(), level, recipient));
        }
        return notifications;
    }

    private static String address(Contact contact, NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> contact.email();
            case SMS, WHATSAPP -> contact.phone();
            case IN_APP -> null;
        };
    }
}

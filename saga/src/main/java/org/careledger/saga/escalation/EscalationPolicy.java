package org.careledger.saga.escalation;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an alert may wait for acknowledgement before it escalates, by severity, and how far it
 * escalates. Defaults follow domain.md; an organization may override any of the timeouts.
 *
 * @param ackTimeout time to acknowledge per severity, for every organization without an override
 * @param maxLevel the last escalation level (1 care team, 2 on-call clinician, 3 escalation contact)
 * @param organizations per organization id, the timeouts that differ from {@code ackTimeout}
 */
@ConfigurationProperties("careledger.escalation")
record EscalationPolicy(
        @DefaultValue AckTimeouts ackTimeout, @DefaultValue("3") int maxLevel, Map<UUID, Overrides> organizations) {

    EscalationPolicy {
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        if (maxLevel < 1) {
            throw new IllegalArgumentException("careledger.escalation.max-level must be at least 1");
        }
        organizations = organizations == null ? Map.of() : Map.copyOf(organizations);
    }

    /** How long an alert of this severity in this organization may wait for acknowledgement. */
    Duration ackTimeout(OrganizationId organization, Severity severity) {
        Overrides overrides = organization == null ? null : organizations.get(organization.value());
        Duration specific = overrides == null ? null : overrides.ackTimeout().of(severity);
        return specific != null ? specific : ackTimeout.of(severity);
    }

    /** Time to acknowledge per severity. */
    record AckTimeouts(
            @DefaultValue("PT5M") Duration critical,
            @DefaultValue("PT15M") Duration high,
            @DefaultValue("PT60M") Duration medium,
            @DefaultValue("PT24H") Duration low) {

        AckTimeouts {
            positive("critical", critical);
            positive("high", high);
            positive("medium", medium);
            positive("low", low);
        }

        Duration of(Severity severity) {
            return switch (severity) {
                case CRITICAL -> critical;
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }

        private static void positive(String name, Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("careledger.escalation.ack-timeout." + name + " must be positive");
            }
        }
    }

    /** One organization's own timeouts; a severity left out keeps the default. */
    record Overrides(@DefaultValue AckTimeoutOverrides ackTimeout) {}

    /** Timeouts of which any may be missing. */
    record AckTimeoutOverrides(Duration critical, Duration high, Duration medium, Duration low) {

        AckTimeoutOverrides {
            for (Duration timeout : new Duration[] {critical, high, medium, low}) {
                if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                    throw new IllegalArgumentException("careledger.escalation.organizations.*.ack-timeout must be positive");
                }
            }
        }

        Duration of(Severity severity) {
            return switch (severity) {
                case CRITICAL -> critical;
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }
    }
}

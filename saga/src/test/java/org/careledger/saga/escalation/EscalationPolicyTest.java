package org.careledger.saga.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The escalation policy as it is bound from application.yml. */
class EscalationPolicyTest {
    private static final OrganizationId TRUST = OrganizationId.of("0b6f1d2c-5a8e-4c1f-9e37-2d4b6a8c0e11");
    private static final OrganizationId OTHER = OrganizationId.of("0b6f1d2c-5a8e-4c1f-9e37-2d4b6a8c0e12");

    @Test
    void withNothingConfiguredTheDefaultsOfTheDomainApply() {
        EscalationPolicy policy = bind(Map.of());
        assertThat(policy.ackTimeout(TRUST, Severity.CRITICAL)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.ackTimeout(TRUST, Severity.HIGH)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.ackTimeout(TRUST, Severity.MEDIUM)).isEqualTo(Duration.ofMinutes(60));
        assertThat(policy.ackTimeout(TRUST, Severity.LOW)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.maxLevel()).isEqualTo(3);
    }

    @Test
    void anOrganizationOverridesOnlyTheTimeoutsItNames() {
        EscalationPolicy policy = bind(Map.of(
                "careledger.escalation.ack-timeout.high", "PT20M",
                "careledger.escalation.organizations." + TRUST + ".ack-timeout.critical", "PT2M"));
        assertThat(policy.ackTimeout(TRUST, Severity.CRITICAL)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.ackTimeout(TRUST, Severity.HIGH)).isEqualTo(Duration.ofMinutes(20));
        assertThat(policy.ackTimeout(OTHER, Severity.CRITICAL)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThatThrownBy(() -> bind(Map.of("careledger.escalation.ack-timeout.low", "PT0S")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("ack-timeout.low");
        assertThatThrownBy(() -> bind(Map.of(
                "careledger.escalation.organizations." + TRUST + ".ack-timeout.low", "-PT1M")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("must be positive");
    }

    @Test
    void thereIsAtLeastOneLevel() {
        assertThatThrownBy(() -> bind(Map.of("careledger.escalation.max-level", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-level");
    }

    private static EscalationPolicy bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("careledger.escalation", Bindable.of(EscalationPolicy.class));
    }
}

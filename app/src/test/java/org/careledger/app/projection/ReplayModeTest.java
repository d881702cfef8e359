package org.careledger.app.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ReplayModeTest {

    @Test
    void theReplayRoleSwitchesOffTheWebServerTheDemoDataAndTheDeadlineScheduler() {
        var environment = new MockEnvironment().withProperty("careledger.roles", " replay ")
                .withProperty("careledger.demo.enabled", "true");
        new ReplayMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(ReplayMode.isActive(environment)).isTrue();
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("careledger.demo.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("db-scheduler.enabled")).isEqualTo("false");
    }

    @Test
    void withoutRolesNothingChanges() {
        var environment = new MockEnvironment();
        new ReplayMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(ReplayMode.isActive(environment)).isFalse();
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
        assertThat(environment.getProperty("db-scheduler.enabled")).isNull();
    }

    @Test
    void otherRolesAreRefusedRatherThanIgnored() {
        var environment = new MockEnvironment().withProperty("careledger.roles", "command,query");

        assertThatThrownBy(() -> new ReplayMode().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("careledger.roles=command,query is not supported");
    }

    @Test
    void aSelectionRunsTheRequestedProjectionsOnlyAndNothingWhenOneNameIsWrong() {
        var good = new ReplaySelection(" patient-summary, alert-views ,patient-summary", Set.of("patient-summary",
                "alert-views", "patient-vital-signs"));
        assertThat(good.requested()).containsExactly("patient-summary", "alert-views");
        assertThat(good.valid()).isTrue();
        assertThat(good.processorFor("patient-summary")).isEqualTo("patient-summary");
        assertThat(good.processorFor("patient-vital-signs")).isEqualTo(DormantProcessor.NAME);
        assertThat(good.processorFor("AlertEscalationSagaProcessor")).isEqualTo(DormantProcessor.NAME);
        assertThat(good.exists("AlertEscalationSagaProcessor")).isTrue();
        assertThat(good.exists("no-such")).isFalse();

        var bad = new ReplaySelection("patient-summary,alert-rules", Set.of("patient-summary"));
        assertThat(bad.valid()).isFalse();
        assertThat(bad.invalid()).containsExactly("alert-rules");
        assertThat(bad.processorFor("patient-summary")).isEqualTo(DormantProcessor.NAME);

        assertThat(new ReplaySelection("", Set.of("patient-summary")).valid()).isFalse();
    }

    @Test
    void theIdleProcessorNeverRuns() {
        var idle = new DormantProcessor();
        idle.start();
        assertThat(idle.isRunning()).isFalse();
        assertThat(idle.getName()).isEqualTo(DormantProcessor.NAME);
    }
}

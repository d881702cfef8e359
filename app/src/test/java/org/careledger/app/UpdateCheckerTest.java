package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CareLedger makes no outbound calls nobody asked for: Axon's update checker is off unless an operator opts in. */
class UpdateCheckerTest {
    private static final String PROPERTY = "axoniq.update-checker.disabled";
    private final String before = System.getProperty(PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    @Test
    void theApplicationSwitchesTheUpdateCheckerOffByDefault() {
        System.clearProperty(PROPERTY);
        CareLedgerApplication.keepAxonFromPhoningHome(Map.of());
        assertThat(System.getProperty(PROPERTY)).isEqualTo("true");
    }

    @Test
    void theEnvironmentVariableIsLeftToAxon() {
        System.clearProperty(PROPERTY);
        CareLedgerApplication.keepAxonFromPhoningHome(Map.of("AXONIQ_UPDATE_CHECKER_DISABLED", "false"));
        assertThat(System.getProperty(PROPERTY)).isNull();
    }

    @Test
    void anOperatorsExplicitChoiceIsKept() {
        System.setProperty(PROPERTY, "false");
        CareLedgerApplication.keepAxonFromPhoningHome(Map.of());
        assertThat(System.getProperty(PROPERTY)).isEqualTo("false");
    }
}

package org.careledger.app;

import java.time.Clock;
import java.util.Map;
import org.careledger.app.projection.ReplayMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** CareLedger: one process that runs the command side, the query side and the sagas, or a replay job. */
@SpringBootApplication(scanBasePackages = "org.careledger")
@EntityScan(basePackages = "org.careledger")
@EnableJpaRepositories(basePackages = "org.careledger")
@ConfigurationPropertiesScan(basePackages = "org.careledger")
public class CareLedgerApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        keepAxonFromPhoningHome(System.getenv());
        var context = SpringApplication.run(CareLedgerApplication.class, args);
        if (ReplayMode.isActive(context.getEnvironment())) {
            // A replay job (docs/projections.md) ends once its projections have caught up.
            System.exit(SpringApplication.exit(context));
        }
    }

    /**
     * Axon 4.13 reports anonymous usage data to AxonIQ at start-up unless told not to. A clinical
     * system makes no outbound calls nobody asked for; an operator who wants the check can still set
     * the property to false explicitly.
     */
    static void keepAxonFromPhoningHome(Map<String, String> environment) {
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && environment.get("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        // Axon otherwise prints an advertisement for its hosted console at every start.
        System.setProperty("disable-axoniq-console-message", "true");
    }
}

package org.careledger.app.projection;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code careledger.roles=replay}: the jar runs as a replay job ({@link ReplayJob}) instead of a server. Before the
 * application context exists, this switches off what a job must not run: the web server, the demo data (which would
 * send commands) and the deadline scheduler (which would fire saga deadlines). The event processors other than the
 * named projections are held back by {@link ReplayJobConfiguration}.
 */
public class ReplayMode implements EnvironmentPostProcessor {
    static final String ROLES = "careledger.roles";
    static final String REPLAY = "replay";

    /** Whether this environment runs the replay job. */
    public static boolean isActive(Environment environment) {
        return roles(environment).contains(REPLAY);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<String> roles = roles(environment);
        if (roles.isEmpty()) {
            return;
        }
        if (!roles.equals(Set.of(REPLAY))) {
            throw new IllegalStateException(ROLES + "=" + environment.getProperty(ROLES) + " is not supported: the "
                    + "only role is '" + REPLAY + "' (a projection replay job); without the property one process "
                    + "runs everything");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("careledgerReplayJob", Map.of(
                "spring.main.web-application-type", "none",
                "careledger.demo.enabled", "false",
                "db-scheduler.enabled", "false")));
    }

    private static Set<String> roles(Environment environment) {
        String roles = environment.getProperty(ROLES, "");
        return Arrays.stream(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toSet());
    }
}

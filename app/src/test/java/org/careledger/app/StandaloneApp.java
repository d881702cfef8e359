package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.shared.Role;
import org.careledger.app.security.Organization;
import org.careledger.app.security.Organizations;
import org.careledger.app.security.UserAccount;
import org.careledger.app.security.UserAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The whole application on the {@code postgres} profile, started and stopped by the test itself, on
 * a database of its own: a restart test needs two application contexts in turn on one database, and
 * no other running context may share it, or that context's scheduler would take the deadlines.
 *
 * <p>In these contexts RaiseAlert and EscalateAlert go to a {@link AlertCommands recorder} instead
 * of the Alert aggregate, so the rules, sagas and deadlines are observed at the commands they send,
 * with or without the command side of alerts.
 */
final class StandaloneApp implements AutoCloseable {
    static final String PASSWORD = "standalone-test-password";

    private final ConfigurableApplicationContext context;

    private StandaloneApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static StandaloneApp start(String databaseUrl, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.put("spring.datasource.url", databaseUrl);
        all.put("spring.datasource.username", TestDatabase.user());
        all.put("spring.datasource.password", TestDatabase.password());
        all.put("careledger.demo.enabled", "false");
        all.put("db-scheduler.polling-interval", "1s");
        // As command-line arguments: they outrank application.yml, default properties would not.
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        var context = new SpringApplicationBuilder(CareLedgerApplication.class, AlertCommands.class)
                .profiles("postgres").run(arguments);
        return new StandaloneApp(context);
    }

    /** A database of its own on the test server, dropped when the JVM exits. */
    static String newDatabase() {
        String server = System.getenv().getOrDefault("CARELEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String name = "careledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return server + name;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> Map<String, T> beansOfType(Class<T> type) {
        return context.getBeansOfType(type);
    }

    List<Recorded> raisedAlerts() {
        return bean(AlertCommands.class).recorded.stream().filter(r -> r.command() instanceof RaiseAlert).toList();
    }

    List<Recorded> escalations() {
        return bean(AlertCommands.class).recorded.stream().filter(r -> r.command() instanceof EscalateAlert).toList();
    }

    /** An organization with an administrator signed in over HTTP. */
    Api newOrganizationAdmin(String username) {
        Organization organization = bean(Organizations.class).save(new Organization("Trust " + UUID.randomUUID(), Instant.now()));
        newUser(organization.id(), username, Role.ADMIN);
        return Api.as(port(), username, PASSWORD);
    }

    UserAccount newUser(UUID organizationId, String username, Role role) {
        return bean(UserAdministration.class).create(organizationId,
                new UserAdministration.NewUser(username, PASSWORD, role, "Test " + role.name().toLowerCase(), null));
    }

    /**
     * Waits until the streaming processor has claimed its segments. Sagas start at the head of the
     * stream, and the alert rules read older events as a replay: an event appended before the
     * processor first starts is history to them.
     */
    void awaitProcessorRunning(String name) {
        var processor = bean(EventProcessingConfiguration.class).eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no processor " + name));
        await("processor " + name + " running", Duration.ofSeconds(30), () -> !processor.processingStatus().isEmpty());
    }

    static Connection connect(String databaseUrl) throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestDatabase.user(), TestDatabase.password());
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private static void execute(String server, String sql) {
        try (Connection admin = DriverManager.getConnection(server + "postgres", TestDatabase.user(), TestDatabase.password());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " is needed for the integration tests", e);
        }
    }

    /** A command as the recorder received it, and when. */
    record Recorded(Object command, Instant at) {
        RaiseAlert raise() {
            return (RaiseAlert) command;
        }
    }

    /**
     * Handles RaiseAlert and EscalateAlert in place of the Alert aggregate, and records them. It
     * subscribes when the context is refreshed, after Axon has subscribed every aggregate (a later
     * subscription replaces an earlier one) and before db-scheduler starts polling, so no deadline
     * can fire into the gap.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class AlertCommands {
        final List<Recorded> recorded = new CopyOnWriteArrayList<>();

        @EventListener(ContextRefreshedEvent.class)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void subscribe(ContextRefreshedEvent event) {
            CommandBus commands = event.getApplicationContext().getBean(CommandBus.class);
            for (Class<?> type : List.of(RaiseAlert.class, EscalateAlert.class)) {
                commands.subscribe(type.getName(), command -> {
                    recorded.add(new Recorded(command.getPayload(), Instant.now()));
                    return null;
                });
            }
        }
    }
}

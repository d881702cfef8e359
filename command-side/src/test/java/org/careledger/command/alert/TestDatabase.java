package org.careledger.command.alert;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each test run its own PostgreSQL database, created before the first Spring context starts and dropped when
 * the JVM exits, so runs never see each other's rows.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final String BASE_URL =
            Objects.requireNonNullElse(System.getenv("CARELEDGER_TEST_DB_URL"), "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = Objects.requireNonNullElse(System.getenv("CARELEDGER_TEST_DB_USER"), "postgres");
    private static final String PASSWORD = Objects.requireNonNullElse(System.getenv("CARELEDGER_TEST_DB_PASSWORD"), "");
    private static final String NAME = "careledger_ctest_" + UUID.randomUUID().toString().replace("-", "");
    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        createOnce();
        TestPropertyValues.of(
                        "spring.datasource.url=" + BASE_URL + NAME,
                        "spring.datasource.username=" + USER,
                        "spring.datasource.password=" + PASSWORD)
                .applyTo(context);
    }

    private static synchronized void createOnce() {
        if (created) {
            return;
        }
        execute("CREATE DATABASE " + NAME);
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::drop));
        created = true;
    }

    private static void drop() {
        try {
            // FORCE: the connection pool of the cached Spring context may still be open at JVM exit
            execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            // best effort: a leftover careledger_ctest_* database holds only synthetic data
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(BASE_URL + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + BASE_URL + "postgres", e);
        }
    }
}

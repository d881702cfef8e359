package org.careledger.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test run, on the server named by {@code CARELEDGER_TEST_DB_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/}), dropped when the JVM exits.
 */
final class TestDatabase {
    private static final String SERVER = System.getenv().getOrDefault("CARELEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("CARELEDGER_TEST_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CARELEDGER_TEST_DB_PASSWORD", "");
    private static String url;

    private TestDatabase() {}

    static synchronized String url() {
        if (url == null) {
            String name = "careledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            url = SERVER + name;
        }
        return url;
    }

    static String user() {
        return USER;
    }

    static String password() {
        return PASSWORD;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private static void execute(String sql) {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the integration tests", e);
        }
    }
}

package org.careledger.saga.notification;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases CareLedger runs on, migrated by the real Flyway scripts: H2 in PostgreSQL mode (a fresh
 * in-memory database per call) and PostgreSQL ({@code CARELEDGER_TEST_DB_URL}, default 127.0.0.1:5432; one fresh
 * database per test run, dropped when the JVM exits).
 */
enum TestDatabases {
    H2 {
        @Override
        DataSource create() {
            String url = "jdbc:h2:mem:notification_" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            return migrated(pool(url, "sa", ""));
        }
    },
    POSTGRESQL {
        @Override
        DataSource create() {
            var dataSource = pool(PostgreSql.url(), PostgreSql.USER, PostgreSql.PASSWORD);
            migrated(dataSource);
            // one database for the run: every test starts from empty notification tables
            var jdbc = new JdbcTemplate(dataSource);
            for (String table : new String[] {"notification_delivery", "reminder_delivery", "notification_alert", "notification_care_team",
                "notification_patient"}) {
                jdbc.update("DELETE FROM " + table);
            }
            return dataSource;
        }
    };

    abstract DataSource create();

    private static DataSource pool(String url, String user, String password) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(4);
        return pool;
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static final class PostgreSql {
        static final String SERVER =
                Objects.requireNonNullElse(System.getenv("CARELEDGER_TEST_DB_URL"), "jdbc:postgresql://127.0.0.1:5432/");
        static final String USER = Objects.requireNonNullElse(System.getenv("CARELEDGER_TEST_DB_USER"), "postgres");
        static final String PASSWORD = Objects.requireNonNullElse(System.getenv("CARELEDGER_TEST_DB_PASSWORD"), "");
        private static final String NAME = "careledger_stest_" + UUID.randomUUID().toString().replace("-", "");
        private static boolean created;

        static synchronized String url() {
            if (!created) {
                execute("CREATE DATABASE " + NAME);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
                    } catch (IllegalStateException e) {
                        // best effort: a leftover careledger_stest_* database holds only synthetic data
                    }
                }));
                created = true;
            }
            return SERVER + NAME;
        }

        private static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run '" + sql + "' on " + SERVER + "postgres", e);
            }
        }
    }
}

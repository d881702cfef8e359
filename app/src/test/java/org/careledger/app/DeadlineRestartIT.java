package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.PatientId;
import org.junit.jupiter.api.Test;

/**
 * Deadlines survive a restart (axon-pitfalls.md 8 and 15): the application is stopped while a
 * patient's missed-check-in deadline is pending, and a new application on the same database runs it
 * once; a deadline cancelled before the stop never runs. Check-ins are shortened to a few seconds.
 */
class DeadlineRestartIT {
    private static final Duration INTERVAL = Duration.ofSeconds(20);
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final String SAGA = "MissedCheckInSagaProcessor";
    private static final Map<String, Object> SHORT_CHECK_INS = Map.of(
            "careledger.alert-rules.missed-check-in.interval", INTERVAL.toString(),
            "careledger.alert-rules.missed-check-in.grace", GRACE.toString());

    private final String database = StandaloneApp.newDatabase();

    @Test
    void aPendingDeadlineRunsOnceAfterARestartAndACancelledOneNever() throws Exception {
        String pending;
        String cancelled;
        Instant dueAt;
        Instant dischargedAt;
        try (StandaloneApp first = StandaloneApp.start(database, SHORT_CHECK_INS)) {
            first.awaitProcessorRunning(SAGA);
            Api admin = first.newOrganizationAdmin("restart-admin");
            pending = register(admin);
            cancelled = register(admin);
            assertThat(admin.post("/api/v1/patients/" + cancelled + "/discharge", null).status()).isEqualTo(204);
            dischargedAt = Instant.now();
            StandaloneApp.await("the cancelled watch to end", Duration.ofSeconds(15),
                    () -> watched(pending) && !watched(cancelled) && deadlines().size() == 1);

            dueAt = deadlines().get(0);
            assertThat(first.raisedAlerts()).isEmpty();
        }
        assertThat(Instant.now()).as("stopped before the deadline was due").isBefore(dueAt);
        assertThat(deadlines()).containsExactly(dueAt);
        assertThat(taskData()).startsWith("{"); // JSON, never Java serialization
        String taskDataType = query("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'scheduled_tasks' AND column_name = 'task_data'", rows -> rows.next() ? rows.getString(1) : null);
        assertThat(taskDataType).isEqualTo("bytea");

        try (StandaloneApp second = StandaloneApp.start(database, SHORT_CHECK_INS)) {
            assertThat(second.bean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            assertThat(second.bean(Configuration.class).deadlineManager()).isSameAs(second.bean(DeadlineManager.class));
            assertThat(second.beansOfType(SimpleDeadlineManager.class)).isEmpty();

            StandaloneApp.await("the pending deadline to run", Duration.between(Instant.now(), dueAt).plusSeconds(30),
                    () -> !second.raisedAlerts().isEmpty());
            var fired = second.raisedAlerts().get(0);
            assertThat(fired.at()).isAfterOrEqualTo(dueAt);
            assertThat(fired.raise().patientId()).isEqualTo(PatientId.of(pending));
            assertThat(fired.raise().type()).isEqualTo(AlertType.MISSED_CHECK_IN);
            assertThat(fired.raise().severity()).isEqualTo(Severity.LOW);
            assertThat(fired.raise().by()).isNull();

            // Past the cancelled deadline's due time by several polls, and before the pending patient's next day.
            Instant quietUntil = latest(dischargedAt.plus(INTERVAL).plus(GRACE).plusSeconds(3), fired.at().plusSeconds(3));
            StandaloneApp.sleep(Duration.between(Instant.now(), quietUntil));
            assertThat(Instant.now()).as("checked before the next day's deadline").isBefore(fired.at().plus(INTERVAL));
            assertThat(second.raisedAlerts()).hasSize(1);
            assertThat(deadlines()).singleElement().satisfies(next ->
                    assertThat(next).isBetween(fired.at().plus(INTERVAL).minusSeconds(2), fired.at().plus(INTERVAL).plusSeconds(2)));
        }
    }

    private static String register(Api admin) {
        var created = admin.post("/api/v1/patients", IntegrationTest.registration(IntegrationTest.uniqueMrn()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("patientId").asText();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Whether a missed-check-in saga watches the patient. */
    private boolean watched(String patientId) {
        return query("SELECT count(*) FROM associationvalueentry WHERE sagatype LIKE '%MissedCheckInSaga' "
                + "AND associationkey = 'patientId' AND associationvalue = '" + patientId + "'", rows -> {
                    rows.next();
                    return rows.getLong(1) > 0;
                });
    }

    /** When each pending Axon deadline is due. */
    private List<Instant> deadlines() {
        return query("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'AxonDeadline' ORDER BY execution_time",
                rows -> {
                    List<Instant> due = new ArrayList<>();
                    while (rows.next()) {
                        due.add(rows.getTimestamp(1).toInstant());
                    }
                    return due;
                });
    }

    private String taskData() {
        return query("SELECT task_data FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", rows -> {
            rows.next();
            return new String(rows.getBytes(1), java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    private <T> T query(String sql, RowsReader<T> reader) {
        try (var connection = StandaloneApp.connect(database);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return reader.read(rows);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    interface RowsReader<T> {
        T read(ResultSet rows) throws java.sql.SQLException;
    }
}

package org.careledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The chain reads the events above its head a page at a time; a store of several pages is chained whole, in order. */
class EventChainPagingTest {

    @Test
    void adoptsAStoreLargerThanOnePageLinkingEveryEventToTheOneBefore() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:chain-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        int events = 1_234; // two full pages of 500 and a part
        jdbc.batchUpdate("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                + "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Patient', ?, ?, ?, NULL, "
                + "'org.careledger.api.patient.VitalSignsRecorded', '2026-11-23T12:00:00Z')",
                IntStream.range(0, events).mapToObj(i -> new Object[] {"patient-" + (i % 7), i / 7,
                        "event-" + i, "{}".getBytes(StandardCharsets.UTF_8),
                        ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)}).toList());

        var chain = new EventChain(dataSource, new DataSourceTransactionManager(dataSource));
        chain.adopt();

        List<Long> positions = jdbc.queryForList("SELECT globalindex FROM domainevententry ORDER BY globalindex", Long.class);
        List<long[]> links = jdbc.query("SELECT global_index, previous_global_index FROM event_chain ORDER BY global_index",
                (row, n) -> new long[] {row.getLong(1), row.getObject(2) == null ? -1 : row.getLong(2)});
        assertThat(links).hasSize(events);
        for (int i = 0; i < events; i++) {
            assertThat(links.get(i)[0]).isEqualTo(positions.get(i));
            assertThat(links.get(i)[1]).isEqualTo(i == 0 ? -1 : positions.get(i - 1));
        }
        assertThat(chain.head()).get().extracting(EventChain.Head::position).isEqualTo(positions.get(events - 1));
    }
}

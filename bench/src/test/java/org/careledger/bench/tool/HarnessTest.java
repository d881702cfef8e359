package org.careledger.bench.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic the report rests on: windows, percentiles, medians, token positions. */
class HarnessTest {

    @Test
    void onlyRequestsDueInsideTheWindowCountTowardsLatencyAndErrors() {
        Measurement m = new Measurement(1_000_000_000L, 2_000_000_000L);
        m.done("vitals", 500_000_000L, 1_500_000_000L, null);          // due in the warm-up: ignored for latency
        m.done("vitals", 1_100_000_000L, 1_110_000_000L, null);        // 10 ms
        m.done("vitals", 1_200_000_000L, 1_240_000_000L, "HTTP 409");  // 40 ms, an error
        m.failedWithoutLatency("register", 1_300_000_000L, "dropped");
        Map<String, Object> result = m.toMap();
        assertEquals(1L, result.get("ok"));
        assertEquals(2L, result.get("errors"));
        assertEquals(40.0, (double) result.get("maxMs"), 0.1);
        // throughput counts the 2xx answers completed inside the one-second window: two of them
        assertEquals(2.0, (double) result.get("throughput"), 0.001);
        assertEquals(Map.of("HTTP 409", 1L, "dropped", 1L), result.get("errorsByCause"));
    }

    @Test
    void theMedianOfEachNumericFieldIsTakenOverRuns() {
        Map<String, Object> median = Measurement.median(List.of(
                Map.of("throughput", 100.0, "p99Ms", 9.0, "model", "open"),
                Map.of("throughput", 300.0, "p99Ms", 7.0, "model", "open"),
                Map.of("throughput", 200.0, "p99Ms", 50.0, "model", "open")));
        assertEquals(200.0, median.get("throughput"));
        assertEquals(9.0, median.get("p99Ms"));
        assertEquals("open", median.get("model"));
        assertEquals(2.5, Measurement.medianOf(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void aTokenStandsAtItsIndexAndAReplayTokenAtItsCurrentToken() {
        assertEquals(1224, ReplayWatch.index("{\"index\":1224,\"gaps\":[]}"));
        assertEquals(77, ReplayWatch.index(
                "{\"tokenAtReset\":{\"index\":5000,\"gaps\":[]},\"currentToken\":{\"index\":77,\"gaps\":[]}}"));
        assertEquals(-1, ReplayWatch.index("{\"tokenAtReset\":{\"index\":5000,\"gaps\":[]},\"currentToken\":null}"));
        // Axon leaves out a current token that is still null: the replay has processed nothing, whatever the reset token
        assertEquals(-1, ReplayWatch.index("{\"tokenAtReset\":{\"index\":5000,\"gaps\":[]},\"context\":null}"));
        assertEquals(40, ReplayWatch.index("{\"lowerSegmentToken\":{\"index\":90,\"gaps\":[]},"
                + "\"upperSegmentToken\":{\"tokenAtReset\":{\"index\":5000},\"currentToken\":{\"index\":40}}}"));
        assertEquals(-1, ReplayWatch.index("not json"));
    }

    @Test
    void optionsAreNameValuePairs() {
        Main.Options options = Main.Options.parse(new String[] {"--rates=250,500", "--runs=3"});
        assertEquals(3, options.integer("runs", 1));
        assertEquals(2, options.integers("rates", "").length);
        assertEquals(10, options.integer("warmup", 10));
        assertTrue(options.values().containsKey("rates"));
        assertFalse(options.values().containsKey("warmup"));
    }
}

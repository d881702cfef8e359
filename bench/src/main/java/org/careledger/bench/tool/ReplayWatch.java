package org.careledger.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times a rebuild of projections by watching their tokens in {@code tokenentry} until every one of the
 * named processors has reached the head of the event table (the highest global index when the watch
 * began). A segment's position is its token's index (inside a replay token, the current token's). The
 * processors may already have moved before the watch starts, so the rate is events processed while
 * watched divided by the watched time. With {@code --start=first-token} (an offline rebuild, tokens
 * deleted, application starting) the watch begins when the first token row of the processors appears. A segment that sees none of the last events may keep an older token for a while: once the most
 * advanced segment of a processor has reached the head, a slower segment gets 15 s to show it, after
 * which the processor counts as caught up at the moment its leader got there.
 */
final class ReplayWatch {
    private ReplayWatch() {}

    static void run(Main.Options options) throws Exception {
        List<String> processors = Arrays.asList(options.required("processors").split(","));
        long maxMillis = options.number("max-seconds", 600) * 1000;
        try (Connection db = DriverManager.getConnection(options.required("db-url"), options.string("db-user", "postgres"),
                options.string("db-password", ""))) {
            long head = head(db);
            if (options.string("start", "now").equals("first-token")) {
                // offline rebuild: the tokens were deleted and the application is starting; the rebuild
                // begins when the first of the processors claims a segment and writes its token row
                long waitUntil = System.currentTimeMillis() + maxMillis;
                while (processors.stream().allMatch(p -> rows(db, p) == 0) && System.currentTimeMillis() < waitUntil) {
                    Thread.sleep(100);
                }
            }
            long started = System.currentTimeMillis();
            Map<String, Long> firstPosition = new LinkedHashMap<>();
            if (options.string("start", "now").equals("first-token")) {
                // the tokens were deleted: the rebuild starts from the first event, however far the
                // processors got before the first poll
                processors.forEach(p -> firstPosition.put(p, 0L));
            }
            Map<String, Long> leaderAtHead = new LinkedHashMap<>();
            Map<String, Long> doneAt = new LinkedHashMap<>();
            Map<String, long[]> last = new LinkedHashMap<>();
            List<Map<String, Object>> curve = new ArrayList<>();
            while (true) {
                long now = System.currentTimeMillis();
                for (String processor : processors) {
                    long[] minMax = positions(db, processor);
                    last.put(processor, minMax);
                    firstPosition.putIfAbsent(processor, Math.max(0, minMax[0]));
                    if (doneAt.containsKey(processor)) {
                        continue;
                    }
                    if (minMax[1] >= head) {
                        leaderAtHead.putIfAbsent(processor, now);
                    }
                    if (minMax[0] >= head) {
                        doneAt.put(processor, now);
                    } else if (leaderAtHead.containsKey(processor) && now - leaderAtHead.get(processor) > 15_000) {
                        doneAt.put(processor, leaderAtHead.get(processor));
                    }
                }
                if (curve.size() < 3600 && (curve.isEmpty() || now - (long) curve.get(curve.size() - 1).get("ms") >= 5000)) {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("ms", now - started);
                    last.forEach((p, mm) -> point.put(p, mm[0]));
                    curve.add(point);
                }
                if (doneAt.size() == processors.size() || now - started > maxMillis) {
                    break;
                }
                Thread.sleep(250);
            }
            long end = doneAt.size() == processors.size()
                    ? doneAt.values().stream().mapToLong(Long::longValue).max().orElse(started)
                    : System.currentTimeMillis();
            double seconds = Math.max(0.001, (end - started) / 1000.0);
            long from = firstPosition.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long reached = last.values().stream().mapToLong(mm -> Math.max(0, mm[0])).min().orElse(0);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("variant", options.string("variant", ""));
            result.put("processors", processors);
            result.put("head", head);
            result.put("caughtUp", doneAt.size() == processors.size());
            result.put("positionAtWatchStart", from);
            result.put("positionAtEnd", doneAt.size() == processors.size() ? head : reached);
            result.put("watchedSeconds", Measurement.round(seconds));
            long processed = (doneAt.size() == processors.size() ? head : reached) - from;
            result.put("eventsPerSecond", Measurement.round(processed / seconds));
            result.put("curve", curve);
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(new File(options.required("out")), result);
            System.out.println("[replay] " + options.string("variant", "") + ": " + processed + " events in "
                    + Measurement.round(seconds) + " s = " + result.get("eventsPerSecond") + " events/s, caught up: "
                    + result.get("caughtUp"));
        }
        System.exit(0);
    }

    private static long head(Connection db) throws Exception {
        try (var rs = db.createStatement().executeQuery("SELECT coalesce(max(globalindex), 0) FROM domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int rows(Connection db, String processor) {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM tokenentry WHERE processorname = ?")) {
            query.setString(1, processor);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            return 0;
        }
    }

    /** The lowest and highest position over the processor's segments; -1 while it has no token. */
    static long[] positions(Connection db, String processor) throws Exception {
        long min = Long.MAX_VALUE;
        long max = -1;
        int rows = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT token FROM tokenentry WHERE processorname = ?")) {
            query.setString(1, processor);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    byte[] token = rs.getBytes(1);
                    long index = token == null ? -1 : index(new String(token, StandardCharsets.UTF_8));
                    min = Math.min(min, index);
                    max = Math.max(max, index);
                }
            }
        }
        return rows == 0 ? new long[] {-1, -1} : new long[] {min, max};
    }

    /**
     * The global index a serialized token stands at, -1 if it has none yet. A replay token stands where its
     * current token does: Jackson leaves out a current token that is still null, so a replay token that has
     * processed nothing has only its token at reset, which is the head, not where the replay is.
     */
    static long index(String json) {
        try {
            return indexOf(Api.JSON.readTree(json));
        } catch (Exception e) {
            return -1;
        }
    }

    private static long indexOf(JsonNode token) {
        if (token == null || token.isNull()) {
            return -1;
        }
        if (token.has("tokenAtReset")) {
            return indexOf(token.get("currentToken"));
        }
        if (token.has("index")) {
            return token.get("index").asLong();
        }
        // wrapped tokens (merged segments): the lowest position of the parts
        long lowest = Long.MAX_VALUE;
        for (String part : new String[] {"lowerSegmentToken", "upperSegmentToken"}) {
            if (token.has(part)) {
                lowest = Math.min(lowest, indexOf(token.get(part)));
            }
        }
        return lowest == Long.MAX_VALUE ? -1 : lowest;
    }
}

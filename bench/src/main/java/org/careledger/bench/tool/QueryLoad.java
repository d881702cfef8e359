package org.careledger.bench.tool;

import java.io.File;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Read latency on the generated data set: one patient by id, a patient search by name prefix, a page of
 * the open-alert worklist (as the nurse, who cares for every generated patient), a page of a patient's
 * audit history when that endpoint exists, and the unauthenticated health endpoint as the floor of an
 * HTTP round trip. Each query runs closed-loop at a small concurrency after a warm-up; each run gives
 * p50/p99/max, and the median over runs is reported. A run ends after its requests or its time limit,
 * whichever comes first, so one slow query cannot hold the whole benchmark; the report says how many were sent.
 */
final class QueryLoad {
    private QueryLoad() {}

    static void run(Main.Options options) throws Exception {
        Api api = new Api(options.required("base-url"), options.required("password"), Duration.ofSeconds(30));
        List<String> patients = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Map<String, Object> dataSet = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(options.required("db-url"), options.string("db-user", "postgres"),
                options.string("db-password", "")); Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("SELECT patient_id, family_name FROM patient_summary "
                    + "WHERE mrn LIKE 'G%' ORDER BY random() LIMIT 2000")) {
                while (rs.next()) {
                    patients.add(rs.getString(1));
                    String family = rs.getString(2);
                    prefixes.add(family.substring(0, Math.min(3, family.length())));
                }
            }
            dataSet.put("events", scalar(sql, "SELECT coalesce(max(globalindex), 0) FROM domainevententry"));
            dataSet.put("patients", scalar(sql, "SELECT count(*) FROM patient_summary"));
            dataSet.put("openAlerts", scalar(sql,
                    "SELECT count(*) FROM alert_view WHERE status IN ('RAISED', 'ESCALATED', 'ACKNOWLEDGED')"));
        }
        if (patients.isEmpty()) {
            throw new IllegalStateException("no generated patients in patient_summary: run the generator first");
        }
        api.loadUsers();
        Supplier<String> patient = () -> patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
        Supplier<String> prefix = () -> prefixes.get(ThreadLocalRandom.current().nextInt(prefixes.size()));
        Map<String, Supplier<HttpRequest>> queries = new LinkedHashMap<>();
        queries.put("health (no sign-in, floor)", () -> api.get(null, "/actuator/health"));
        queries.put("patient by id", () -> api.get("demo-admin", "/api/v1/patients/" + patient.get()));
        queries.put("patient search", () -> api.get("demo-admin", "/api/v1/patients?q=" + prefix.get() + "&size=20"));
        queries.put("alert worklist", () -> api.get("demo-nurse",
                "/api/v1/alerts?status=open&size=20&page=" + ThreadLocalRandom.current().nextInt(10)));
        Map<String, Object> skipped = new LinkedHashMap<>();
        int audit = api.send(api.get("demo-auditor", "/api/v1/audit/patients/" + patients.get(0) + "/history"))
                .statusCode();
        if (audit / 100 == 2) {
            queries.put("audit history page", () -> api.get("demo-auditor",
                    "/api/v1/audit/patients/" + patient.get() + "/history"));
        } else {
            skipped.put("audit history page", "GET /api/v1/audit/patients/{id}/history answered " + audit
                    + " for demo-auditor: not in this build");
        }
        int requests = options.integer("requests", 2000);
        int warmup = options.integer("warmup", 200);
        int concurrency = options.integer("concurrency", 4);
        int runs = options.integer("runs", 3);
        Duration limit = Duration.ofSeconds(options.integer("max-seconds", 120));
        Map<String, Object> results = new LinkedHashMap<>();
        for (var query : queries.entrySet()) {
            List<Map<String, Object>> perRun = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                time(api, query.getValue(), warmup, concurrency, limit);
                Map<String, Object> measured = time(api, query.getValue(), requests, concurrency, limit);
                perRun.add(measured);
                System.out.println("[queries] " + query.getKey() + " run " + run + ": p50 " + measured.get("p50Ms")
                        + " ms, p99 " + measured.get("p99Ms") + " ms, errors " + measured.get("errors"));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("median", Measurement.median(perRun));
            entry.put("runs", perRun);
            results.put(query.getKey(), entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataSet", dataSet);
        out.put("settings", Map.of("requests", requests, "warmupRequests", warmup, "concurrency", concurrency,
                "runs", runs, "maxSecondsPerRun", limit.toSeconds()));
        out.put("queries", results);
        out.put("skipped", skipped);
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(new File(options.required("out")), out);
        System.exit(0);
    }

    private static Object scalar(Statement sql, String query) {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : null;
        } catch (Exception e) {
            return "n/a (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    private static Map<String, Object> time(Api api, Supplier<HttpRequest> query, int count, int concurrency,
            Duration limit) throws Exception {
        Measurement measurement = new Measurement(Long.MIN_VALUE, Long.MAX_VALUE);
        AtomicLong left = new AtomicLong(count);
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, Api.daemon("query-user"));
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        for (int u = 0; u < concurrency; u++) {
            pool.execute(() -> {
                while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
                    sent.incrementAndGet();
                    long due = System.nanoTime();
                    try {
                        HttpResponse<String> response = api.send(query.get());
                        measurement.done("q", due, System.nanoTime(),
                                response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
                    } catch (Exception e) {
                        measurement.done("q", due, System.nanoTime(), e.getClass().getSimpleName());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> all = measurement.toMap();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requests", sent.get());
        result.put("stoppedByTimeLimit", sent.get() < count);
        result.put("errors", all.get("errors"));
        result.put("perSecond", Measurement.round(sent.get() / seconds));
        for (String key : new String[] {"p50Ms", "p95Ms", "p99Ms", "maxMs"}) {
            result.put(key, all.get(key));
        }
        result.put("errorsByCause", all.get("errorsByCause"));
        return result;
    }
}

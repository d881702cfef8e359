package org.careledger.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gathers the JSON files of one run directory into report.json and report.md: the machine and the
 * settings, command throughput and latency per level, the pgbench ceilings and CareLedger's share of
 * them, replay rates and their ceilings, query latencies, start-up, memory and database size, and each
 * target met or missed. A step that did not run (an interrupted run) is reported as missing.
 */
final class Report {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path dir;
    private final ObjectNode report = NODES.objectNode();
    private final StringBuilder md = new StringBuilder();

    private Report(Path dir) {
        this.dir = dir;
    }

    static void run(Main.Options options) throws Exception {
        Report report = new Report(Path.of(options.required("dir")));
        report.build(options.string("status", "complete"));
        System.exit(0);
    }

    private JsonNode read(String name) {
        try {
            File file = dir.resolve(name).toFile();
            return file.isFile() ? Api.JSON.readTree(file) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private List<JsonNode> readAll(String prefix) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = read(file.getFileName().toString());
                if (node != null) {
                    nodes.add(node);
                }
            }
        }
        return nodes;
    }

    private void build(String status) throws Exception {
        JsonNode settings = read("settings.json");
        report.put("status", status);
        report.set("run", settings);
        String mode = settings == null ? "?" : settings.path("mode").asText();
        md.append("# CareLedger benchmark report\n\n");
        if (!"full".equals(mode)) {
            md.append("> **").append(mode).append(" mode**: reduced sizes and durations. These figures prove the harness ")
                    .append("runs; they are not the benchmark.\n\n");
        }
        md.append("Status: **").append(status).append("**. Every figure is the median of the runs named in the settings; ")
                .append("ratios are taken within this run.\n\n");
        machine(settings);
        Map<Integer, Double> closedThroughput = commands();
        ceilings(closedThroughput);
        generation();
        replay();
        queries();
        resources();
        targets();
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("report.json").toFile(), report);
        Files.writeString(dir.resolve("report.md"), md.toString());
    }

    private void machine(JsonNode settings) {
        md.append("## Machine and settings\n\n");
        if (settings == null) {
            md.append("missing (settings.json)\n\n");
            return;
        }
        JsonNode m = settings.path("machine");
        JsonNode v = settings.path("versions");
        md.append("| | |\n|---|---|\n");
        row("started (UTC)", settings.path("startedUtc").asText());
        row("mode", settings.path("mode").asText());
        row("CPU", m.path("cores").asText() + " cores, " + m.path("cpu").asText());
        row("memory", m.path("memoryGb").asText() + " GB");
        row("kernel", m.path("kernel").asText());
        row("load average at start", m.path("loadAverageAtStart").asText());
        row("Java", v.path("java").asText());
        row("PostgreSQL", v.path("postgres").asText());
        row("PostgreSQL settings", settings.path("postgresSettings").asText());
        row("CareLedger commit", v.path("careledgerCommit").asText()
                + (v.path("uncommittedChanges").asInt() > 0 ? " (with uncommitted changes)" : ""));
        StringBuilder s = new StringBuilder();
        settings.path("settings").fields().forEachRemaining(e -> s.append(e.getKey()).append('=')
                .append(e.getValue().asText()).append("; "));
        row("settings", s.toString());
        md.append('\n');
    }

    private void row(String name, String value) {
        md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    private static String num(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "–";
        }
        double value = node.asDouble();
        if (Math.abs(value) >= 100) {
            return String.format("%,.0f", value);
        }
        return String.format("%.2f", value).replaceAll("0$", "").replaceAll("\\.0$", "");
    }

    private Map<Integer, Double> commands() {
        Map<Integer, Double> closedThroughput = new TreeMap<>();
        md.append("## 1. Commands over HTTP\n\n");
        JsonNode commands = read("commands.json");
        if (commands == null) {
            md.append("missing: the command load did not finish.\n\n");
            return closedThroughput;
        }
        report.set("commands", commands);
        md.append("Mix (% of commands): ");
        commands.path("mix").fields().forEachRemaining(e -> md.append(e.getKey()).append(' ')
                .append(e.getValue().asText()).append(" %, "));
        md.setLength(md.length() - 2);
        md.append(".\nDiscovered: ").append(commands.path("discovery").toString()).append("\n\n");
        md.append("| level | throughput (commands/s) | p50 ms | p95 ms | p99 ms | max ms | errors | of requests |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (JsonNode level : commands.path("levels")) {
            JsonNode m = level.path("median");
            md.append("| ").append(level.path("level").asText()).append(level.path("level").asText().startsWith("rate")
                    ? "/s" : " users").append(" | ").append(num(m.get("throughput"))).append(" | ")
                    .append(num(m.get("p50Ms"))).append(" | ").append(num(m.get("p95Ms"))).append(" | ")
                    .append(num(m.get("p99Ms"))).append(" | ").append(num(m.get("maxMs"))).append(" | ")
                    .append(num(m.get("errors"))).append(" | ").append(num(m.get("issued"))).append(" |\n");
            if (level.path("level").asText().startsWith("concurrency")) {
                closedThroughput.put(Integer.parseInt(level.path("level").asText().replaceAll("\\D", "")),
                        m.path("throughput").asDouble());
            }
        }
        md.append("\nErrors by cause (first run of each level): ");
        for (JsonNode level : commands.path("levels")) {
            JsonNode causes = level.path("runs").path(0).path("errorsByCause");
            if (causes.size() > 0) {
                md.append(level.path("level").asText()).append(' ').append(causes).append("; ");
            }
        }
        md.append("\n\nLatency is from when a command was due (open model: its place in the schedule; closed model: ")
                .append("when its user sent it) to its answer. Throughput counts 2xx answers completed inside the ")
                .append("measurement window.\n\n");
        return closedThroughput;
    }

    private void ceilings(Map<Integer, Double> closedThroughput) {
        md.append("## 2. Ceilings: pgbench at the same concurrency\n\n");
        JsonNode pgbench = read("pgbench.json");
        if (pgbench == null) {
            md.append("missing: pgbench did not run.\n\n");
            return;
        }
        Map<String, Map<Integer, List<Double>>> tps = new TreeMap<>();
        Map<Integer, Integer> clients = new TreeMap<>();
        for (JsonNode r : pgbench.path("results")) {
            if (r.path("tps").isNumber()) {
                tps.computeIfAbsent(r.path("script").asText(), s -> new TreeMap<>())
                        .computeIfAbsent(r.path("concurrency").asInt(), c -> new ArrayList<>()).add(r.path("tps").asDouble());
                clients.put(r.path("concurrency").asInt(), r.path("clients").asInt());
            }
        }
        ObjectNode ceilings = report.putObject("ceilings");
        ceilings.put("payloadBytes", pgbench.path("payloadBytes").asInt());
        ceilings.put("metadataBytes", pgbench.path("metadataBytes").asInt());
        md.append("Event-shaped rows: payload ").append(pgbench.path("payloadBytes").asInt()).append(" B, metadata ")
                .append(pgbench.path("metadataBytes").asInt()).append(" B (the means of the events the load wrote). ")
                .append("`append`: one INSERT per transaction; `append-ordered`: the same behind the append lock row, ")
                .append("as CareLedger appends; `command`: read one aggregate's 10+ events, take the lock, append its next ")
                .append("event. Scripts are in the run directory.\n\n");
        md.append("| concurrency | pgbench clients | append tps | append-ordered tps | command tps | CareLedger commands/s | ")
                .append("÷ append | ÷ append-ordered | ÷ command |\n|---|---|---|---|---|---|---|---|---|\n");
        ArrayNode ratios = ceilings.putArray("byConcurrency");
        for (int c : clients.keySet()) {
            Double mine = closedThroughput.get(c);
            ObjectNode entry = ratios.addObject();
            entry.put("concurrency", c);
            entry.put("pgbenchClients", clients.get(c));
            md.append("| ").append(c).append(" | ").append(clients.get(c)).append(" | ");
            List<String> ratioCells = new ArrayList<>();
            for (String script : List.of("append", "append-ordered", "command")) {
                List<Double> values = tps.getOrDefault(script, Map.of()).get(c);
                if (values == null) {
                    md.append("– | ");
                    ratioCells.add("–");
                    continue;
                }
                double median = Measurement.medianOf(values);
                entry.put(script + "Tps", Measurement.round(median));
                md.append(String.format("%,.0f", median)).append(" | ");
                if (mine != null && median > 0) {
                    entry.put("careledgerOver_" + script, Math.round(mine / median * 1000) / 1000.0);
                    ratioCells.add(String.format("%.1f %%", 100 * mine / median));
                } else {
                    ratioCells.add("–");
                }
            }
            if (mine != null) {
                entry.put("careledgerCommandsPerSecond", mine);
            }
            md.append(mine == null ? "–" : String.format("%,.0f", mine)).append(" | ")
                    .append(String.join(" | ", ratioCells)).append(" |\n");
        }
        if (pgbench.path("clientCap").asInt() < 128) {
            md.append("\npgbench clients are capped at ").append(pgbench.path("clientCap").asInt())
                    .append(" by the server's max_connections (").append(pgbench.path("maxConnections").asInt())
                    .append(") less the connections in use.\n");
        }
        md.append('\n');
    }

    private void generation() {
        JsonNode generate = read("generate.json");
        md.append("## 3. Data set and replay\n\n");
        if (generate == null) {
            md.append("Data set: missing (the generator did not finish).\n\n");
            return;
        }
        report.set("generation", generate);
        if (generate.has("reusedDatabase")) {
            md.append("Data set: ").append(num(generate.get("events"))).append(" events, generated by an earlier run "
                    + "and reused from the database ").append(generate.get("reusedDatabase").asText())
                    .append(" (`BENCH_DATA_DB`).\n\n");
            return;
        }
        md.append("Data set: ").append(num(generate.get("events"))).append(" events (target ")
                .append(num(generate.get("targetEvents"))).append("), ").append(num(generate.get("patients")))
                .append(" patients, ").append(num(generate.get("alerts"))).append(" open alerts, written by ")
                .append(num(generate.get("commands"))).append(" commands through the command bus in ")
                .append(num(generate.get("seconds"))).append(" s (").append(num(generate.get("eventsPerSecond")))
                .append(" events/s, ").append(generate.path("threads").asText()).append(" threads, ")
                .append(num(generate.get("failedCommands"))).append(" failed)")
                .append(generate.path("capped").asBoolean() ? " — **stopped by its time limit before the target**" : "")
                .append(".\n\n");
    }

    private void replay() throws Exception {
        JsonNode plan = read("replay-plan.json");
        if (plan == null) {
            md.append("Replay: missing.\n\n");
            return;
        }
        ObjectNode replay = report.putObject("replay");
        replay.set("plan", plan);
        md.append("Method: **").append(plan.path("method").asText()).append("** (")
                .append("online".equals(plan.path("method").asText())
                        ? "POST /api/v1/admin/projections/{name}/rebuild on the running application"
                        : "the harness deleted the projections' rows and tokens and restarted the application")
                .append("); processors: ").append(plan.path("processors").asText())
                .append(". Events/s = events processed while watched ÷ watched time (offline: from the first token ")
                .append("row of the rebuilt processors, during the application's start; online: from the rebuild ")
                .append("request) until the slowest processor reached the head of the event table.\n\n");
        md.append("| variant | runs | events/s | seconds | caught up | events processed |\n|---|---|---|---|---|---|\n");
        Map<String, List<JsonNode>> variants = new LinkedHashMap<>();
        for (JsonNode run : readAll("replay-")) {
            if (run.has("variant") && run.has("eventsPerSecond")) {
                variants.computeIfAbsent(run.path("variant").asText(), v -> new ArrayList<>()).add(run);
            }
        }
        for (var variant : variants.entrySet()) {
            List<Double> rates = new ArrayList<>();
            List<Double> seconds = new ArrayList<>();
            boolean all = true;
            long processed = 0;
            for (JsonNode run : variant.getValue()) {
                rates.add(run.path("eventsPerSecond").asDouble());
                seconds.add(run.path("watchedSeconds").asDouble());
                all &= run.path("caughtUp").asBoolean();
                processed = run.path("positionAtEnd").asLong() - run.path("positionAtWatchStart").asLong();
            }
            ObjectNode v = replay.putObject(variant.getKey());
            v.put("runs", rates.size());
            v.put("eventsPerSecond", Measurement.round(Measurement.medianOf(rates)));
            v.put("seconds", Measurement.round(Measurement.medianOf(seconds)));
            v.put("caughtUp", all);
            md.append("| ").append(variant.getKey()).append(" | ").append(rates.size()).append(" | ")
                    .append(String.format("%,.0f", Measurement.medianOf(rates))).append(" | ")
                    .append(String.format("%.1f", Measurement.medianOf(seconds))).append(" | ")
                    .append(all ? "yes" : "**no: stopped at the time limit**").append(" | ")
                    .append(String.format("%,d", processed)).append(" |\n");
        }
        JsonNode settings = read("settings.json");
        if (settings != null) {
            md.append("\n`default` is Axon's configuration as CareLedger ships it; `tuned` adds `")
                    .append(settings.path("settings").path("tunedProcessorSettings").asText())
                    .append("` to each rebuilt processor (axon.eventhandling.processors.<name>.*). The event fetch size ")
                    .append("of the JDBC storage engine (100) is set in AxonConfig and is not varied here.\n");
        }
        JsonNode ceilings = read("replay-ceilings.json");
        if (ceilings != null) {
            List<Double> read = new ArrayList<>();
            List<Double> build = new ArrayList<>();
            long events = 0;
            long patientEvents = 0;
            for (JsonNode run : ceilings.path("runs")) {
                events = run.path("events").asLong();
                patientEvents = run.path("patientEvents").asLong();
                read.add(events / Math.max(0.001, run.path("orderedReadSeconds").asDouble()));
                build.add(patientEvents / Math.max(0.001, run.path("insertSelectSeconds").asDouble()));
            }
            ObjectNode c = replay.putObject("ceilings");
            c.put("orderedReadEventsPerSecond", Measurement.round(Measurement.medianOf(read)));
            c.put("insertSelectEventsPerSecond", Measurement.round(Measurement.medianOf(build)));
            md.append("\nCeilings (same data, same run): ordered read of all ").append(String.format("%,d", events))
                    .append(" events (`\\copy (SELECT * FROM domainevententry ORDER BY globalindex)`): **")
                    .append(String.format("%,.0f", Measurement.medianOf(read))).append(" events/s**; the patient ")
                    .append("summary built by one `INSERT … SELECT` over the ").append(String.format("%,d", patientEvents))
                    .append(" patient events (bench/sql/patient-summary-in-sql.sql): **")
                    .append(String.format("%,.0f", Measurement.medianOf(build))).append(" events/s**.\n");
            JsonNode tuned = replay.path("tuned");
            JsonNode best = tuned.isMissingNode() ? replay.path("default") : tuned;
            if (!best.isMissingNode()) {
                double rate = best.path("eventsPerSecond").asDouble();
                md.append("CareLedger's ").append(tuned.isMissingNode() ? "default" : "tuned").append(" replay is ")
                        .append(String.format("%.1f %%", 100 * rate / Measurement.medianOf(read)))
                        .append(" of the ordered read and ")
                        .append(String.format("%.1f %%", 100 * rate / Measurement.medianOf(build)))
                        .append(" of the INSERT … SELECT.\n");
            }
        }
        md.append('\n');
    }

    private void queries() {
        md.append("## 4. Queries on the data set\n\n");
        JsonNode queries = read("queries.json");
        if (queries == null) {
            md.append("missing.\n\n");
            return;
        }
        report.set("queries", queries);
        md.append("Data set: ").append(queries.path("dataSet").toString()).append("; ")
                .append(queries.path("settings").toString()).append(".\n\n");
        md.append("| query | p50 ms | p95 ms | p99 ms | max ms | requests/s | errors |\n|---|---|---|---|---|---|---|\n");
        Iterator<Map.Entry<String, JsonNode>> it = queries.path("queries").fields();
        while (it.hasNext()) {
            var e = it.next();
            JsonNode m = e.getValue().path("median");
            md.append("| ").append(e.getKey()).append(" | ").append(num(m.get("p50Ms"))).append(" | ")
                    .append(num(m.get("p95Ms"))).append(" | ").append(num(m.get("p99Ms"))).append(" | ")
                    .append(num(m.get("maxMs"))).append(" | ").append(num(m.get("perSecond"))).append(" | ")
                    .append(num(m.get("errors"))).append(" |\n");
        }
        queries.path("skipped").fields().forEachRemaining(e -> md.append("\nSkipped: ").append(e.getKey()).append(" — ")
                .append(e.getValue().asText()).append('\n'));
        md.append('\n');
    }

    private void resources() throws Exception {
        md.append("## 5. Resources\n\n");
        ObjectNode resources = report.putObject("resources");
        md.append("| start-up | seconds to ready (launch → readiness) | Spring's own figure | RSS at ready MB |\n")
                .append("|---|---|---|---|\n");
        ArrayNode startups = resources.putArray("startups");
        for (JsonNode s : readAll("startup-")) {
            startups.add(s);
            md.append("| ").append(s.path("name").asText()).append(" | ").append(num(s.get("secondsToReady")))
                    .append(" | ").append(num(s.get("springReportedSeconds"))).append(" | ")
                    .append(num(s.get("rssMbAtReady"))).append(" |\n");
        }
        md.append("\n`empty`: first start on a new database (migrations and demo data included); `data` and `replay-*`: ")
                .append("starts on the generated data set.\n\n");
        JsonNode commands = read("commands.json");
        if (commands != null) {
            JsonNode r = commands.path("resources");
            resources.set("underLoad", r);
            md.append("Under the command load (sampled every 2 s in the measurement windows): heap used max ")
                    .append(num(r.get("heapUsedMaxMb"))).append(" MB (mean ").append(num(r.get("heapUsedMeanMb")))
                    .append("), RSS max ").append(num(r.get("rssMaxMb"))).append(" MB (mean ")
                    .append(num(r.get("rssMeanMb"))).append(").\n\n");
        }
        JsonNode db = read("database.json");
        if (db != null) {
            resources.set("database", db);
            double perMillion = 1_000_000.0 / Math.max(1, db.path("events").asLong());
            double total = db.path("databaseBytes").asDouble() * perMillion / (1 << 20);
            double events = db.path("eventTableBytes").asDouble() * perMillion / (1 << 20);
            resources.put("databaseMbPerMillionEvents", Measurement.round(total));
            resources.put("eventTableMbPerMillionEvents", Measurement.round(events));
            md.append("Database size per million events: **").append(String.format("%,.0f", total))
                    .append(" MB** in all (events, snapshots, projections, sagas, deadlines, indexes), of which the ")
                    .append("event table with its indexes ").append(String.format("%,.0f", events)).append(" MB; measured on ")
                    .append(String.format("%,d", db.path("events").asLong())).append(" events and scaled linearly.\n\n");
        }
    }

    private void targets() {
        md.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        ArrayNode targets = report.putArray("targets");
        JsonNode commands = report.path("commands");
        double sustained = 0;
        Double p99At1000 = null;
        for (JsonNode level : commands.path("levels")) {
            JsonNode m = level.path("median");
            String name = level.path("level").asText();
            if (name.startsWith("rate")) {
                int rate = Integer.parseInt(name.replaceAll("\\D", ""));
                double issued = Math.max(1, m.path("issued").asDouble());
                if (m.path("throughput").asDouble() >= 0.95 * rate && m.path("errors").asDouble() / issued < 0.001) {
                    sustained = Math.max(sustained, rate);
                }
                if (rate == 1000) {
                    p99At1000 = m.path("p99Ms").asDouble();
                }
            }
        }
        target(targets, "≥ 2,000 commands/s sustained (open model: throughput ≥ 95 % of the rate, errors < 0.1 %)",
                commands.isMissingNode() ? null : sustained, sustained >= 2000, "highest rate sustained: %,.0f/s");
        target(targets, "p99 < 50 ms at 1,000 commands/s", p99At1000, p99At1000 != null && p99At1000 < 50, "p99 %.1f ms");
        JsonNode replay = report.path("replay");
        JsonNode best = replay.has("tuned") ? replay.path("tuned") : replay.path("default");
        Double rate = best.isMissingNode() ? null : best.path("eventsPerSecond").asDouble();
        target(targets, "replay ≥ 50,000 events/s", rate, rate != null && rate >= 50000
                && best.path("caughtUp").asBoolean(), "%,.0f events/s");
        JsonNode queries = report.path("queries").path("queries");
        queries.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("health")) {
                Double p99 = e.getValue().path("median").path("p99Ms").asDouble();
                target(targets, "p99 < 10 ms: " + e.getKey(), p99, p99 < 10, "p99 %.1f ms");
            }
        });
        Double startup = null;
        for (JsonNode s : report.path("resources").path("startups")) {
            if ("data".equals(s.path("name").asText())) {
                startup = s.path("secondsToReady").asDouble();
            }
        }
        target(targets, "start-up < 10 s (on the data set)", startup, startup != null && startup < 10, "%.1f s");
        md.append('\n');
    }

    private void target(ArrayNode targets, String name, Double value, boolean met, String format) {
        ObjectNode t = targets.addObject();
        t.put("target", name);
        if (value == null) {
            t.putNull("measured");
            t.put("met", false);
            md.append("| ").append(name).append(" | not measured | – |\n");
            return;
        }
        t.put("measured", value);
        t.put("met", met);
        md.append("| ").append(name).append(" | ").append(String.format(format, value)).append(" | ")
                .append(met ? "yes" : "**no**").append(" |\n");
    }
}

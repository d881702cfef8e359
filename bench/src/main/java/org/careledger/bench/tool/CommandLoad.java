package org.careledger.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The command mix over HTTP. Closed model: N users, each sending its next command as soon as the last
 * one is answered (the concurrency levels). Open model: commands are due at a fixed rate whatever the
 * answers, and latency is counted from when each was due, so a stalled server shows in the tail instead
 * of slowing the load down (the arrival rates). Mix: register patient 10 %, vital signs 60 %, check-in
 * 10 %, alert commands 20 % (raise, acknowledge, note, resolve), or alerts 10 % and appointments 10 %
 * (book, cancel) when the appointment endpoints exist. Every non-2xx is an error: the mix is built so
 * that none is expected (a raise on a patient with an open alert is a 200 recurrence).
 */
final class CommandLoad {
    private final Api api;
    private final Main.Options options;
    private final List<String> carePatients = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> raised = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicReferenceArray<String> knownAlerts = new AtomicReferenceArray<>(4096);
    private final AtomicInteger knownAlertCount = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> appointments = new ConcurrentLinkedQueue<>();
    private final AtomicLong appointmentSlot = new AtomicLong();
    private final Instant firstSlot = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    private final String runTag = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private final AtomicLong registrations = new AtomicLong();
    private String appointmentUser;
    private final List<String> notes = new ArrayList<>();
    private Operation[] mix;
    private int[] cumulativeWeights;

    private CommandLoad(Api api, Main.Options options) {
        this.api = api;
        this.options = options;
    }

    static void run(Main.Options options) throws Exception {
        Api api = new Api(options.required("base-url"), options.required("password"),
                Duration.ofSeconds(options.integer("request-timeout", 30)));
        new CommandLoad(api, options).execute();
    }

    private record Operation(String name, int weight) {}

    private void execute() throws Exception {
        api.loadUsers();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("discovery", discover());
        result.put("setup", setUp(options.integer("patients", 200)));
        result.put("mix", mixDescription());
        int warmup = options.integer("warmup", 10);
        int duration = options.integer("duration", 30);
        int runs = options.integer("runs", 3);
        int[] concurrency = options.integers("concurrency", "1,8,32,128");
        int[] rates = options.integers("rates", "250,500,1000,2000");
        result.put("settings", Map.of("warmupSeconds", warmup, "durationSeconds", duration, "runs", runs,
                "concurrency", concurrency, "rates", rates, "maxOutstanding", options.integer("max-outstanding", 2000),
                "requestTimeoutSeconds", api.timeout.toSeconds()));
        int settleLimit = options.integer("settle-max-seconds", 60);
        Map<String, List<Map<String, Object>>> byLevel = new LinkedHashMap<>();
        Sampler sampler = new Sampler(options.number("pid", 0));
        for (int run = 1; run <= runs; run++) {
            for (int n : concurrency) {
                String key = "concurrency " + n;
                log(key + ", run " + run + "/" + runs);
                double settled = settle(settleLimit);
                Map<String, Object> level = closed(n, warmup, duration, sampler);
                level.put("settleSeconds", settled);
                log("  " + summary(level));
                byLevel.computeIfAbsent(key, k -> new ArrayList<>()).add(level);
            }
            for (int rate : rates) {
                String key = "rate " + rate;
                log(key + "/s, run " + run + "/" + runs);
                double settled = settle(settleLimit);
                Map<String, Object> level = open(rate, warmup, duration, sampler);
                level.put("settleSeconds", settled);
                log("  " + summary(level));
                byLevel.computeIfAbsent(key, k -> new ArrayList<>()).add(level);
            }
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        byLevel.forEach((key, levelRuns) -> {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", key);
            level.put("median", Measurement.median(levelRuns));
            level.put("runs", levelRuns);
            levels.add(level);
        });
        result.put("levels", levels);
        result.put("resources", sampler.toMap());
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(new File(options.required("out")), result);
        System.exit(0);
    }

    /**
     * Waits until the application has finished the work the previous level left behind, so that no level measures
     * the one before it. An open-model level that overloads the application leaves requests the clients have given
     * up on, which the server still runs, and every level leaves events its processors have not handled yet. Settled
     * means: the administrator's list of processors answers, and no processor is behind the head, twice in a row
     * one second apart. Gives up after {@code limitSeconds} (the level then starts anyway, and its
     * {@code settleSeconds} shows the limit).
     *
     * @return seconds waited
     */
    private double settle(int limitSeconds) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + limitSeconds * 1_000_000_000L;
        int quietChecks = 0;
        while (quietChecks < 2 && System.nanoTime() < deadline) {
            quietChecks = processorsCaughtUp() ? quietChecks + 1 : 0;
            if (quietChecks < 2) {
                Thread.sleep(1000);
            }
        }
        double waited = Math.round((System.nanoTime() - started) / 1e8) / 10.0;
        if (quietChecks < 2) {
            log("  not settled after " + limitSeconds + " s: the level starts with work still queued");
        } else if (waited > 5) {
            log("  settled after " + waited + " s");
        }
        return waited;
    }

    private boolean processorsCaughtUp() {
        try {
            HttpResponse<String> answer = api.send(api.get("demo-admin", "/api/v1/admin/projections"));
            if (answer.statusCode() != 200) {
                return false;
            }
            JsonNode list = Api.JSON.readTree(answer.body());
            for (JsonNode processor : list.isArray() ? list : list.path("items")) {
                if (processor.path("lagEvents").asLong(0) > 0) {
                    return false;
                }
            }
            return true;
        } catch (Exception unanswered) {
            return false; // still busy: a request the clients gave up on is ahead of this one
        }
    }

    private static String summary(Map<String, Object> level) {
        return "throughput " + level.get("throughput") + "/s, p50 " + level.get("p50Ms") + " ms, p99 "
                + level.get("p99Ms") + " ms, max " + level.get("maxMs") + " ms, errors " + level.get("errors")
                + " " + level.get("errorsByCause");
    }

    /** Which command endpoints exist in this build: an empty body answers 400 where an endpoint is. */
    private Map<String, Object> discover() throws Exception {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("alerts", api.send(api.post("demo-nurse", "/api/v1/alerts", Map.of())).statusCode() == 400);
        for (String user : new String[] {"demo-clinician", "demo-nurse", "demo-admin"}) {
            int status = api.send(api.post(user, "/api/v1/appointments", Map.of())).statusCode();
            if (status == 400 || status == 422) {
                appointmentUser = user;
                break;
            }
        }
        found.put("appointments", appointmentUser != null);
        if (appointmentUser != null) {
            found.put("appointmentsAs", appointmentUser);
        } else {
            found.put("appointmentsNote", "POST /api/v1/appointments answered 403/404/405 for every role: "
                    + "the appointment share of the mix went to the alert commands");
        }
        boolean alerts = (Boolean) found.get("alerts");
        boolean appts = appointmentUser != null;
        List<Operation> ops = new ArrayList<>(List.of(new Operation("register", 10), new Operation("vitals", 60),
                new Operation("checkin", 10)));
        if (alerts && appts) {
            ops.addAll(List.of(new Operation("alert-raise", 4), new Operation("alert-ack", 2),
                    new Operation("alert-note", 2), new Operation("alert-resolve", 2),
                    new Operation("appointment-book", 7), new Operation("appointment-cancel", 3)));
        } else if (alerts) {
            ops.addAll(List.of(new Operation("alert-raise", 8), new Operation("alert-ack", 4),
                    new Operation("alert-note", 4), new Operation("alert-resolve", 4)));
        } else if (appts) {
            ops.addAll(List.of(new Operation("appointment-book", 14), new Operation("appointment-cancel", 6)));
        } else {
            ops.set(1, new Operation("vitals", 80));
        }
        mix = ops.toArray(Operation[]::new);
        cumulativeWeights = new int[mix.length];
        int sum = 0;
        for (int i = 0; i < mix.length; i++) {
            sum += mix[i].weight();
            cumulativeWeights[i] = sum;
        }
        return found;
    }

    private Map<String, Object> mixDescription() {
        Map<String, Object> description = new LinkedHashMap<>();
        int total = cumulativeWeights[cumulativeWeights.length - 1];
        for (Operation op : mix) {
            description.put(op.name(), Math.round(op.weight() * 1000.0 / total) / 10.0);
        }
        return description;
    }

    /** Patients the nurse and clinician care for, so vital signs, check-ins and alerts have somewhere to go. */
    private Map<String, Object> setUp(int count) throws Exception {
        long started = System.nanoTime();
        String nurse = api.userIds.get("demo-nurse");
        String clinician = api.userIds.get("demo-clinician");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                String id = UUID.randomUUID().toString();
                api.expect(api.post("demo-admin", "/api/v1/patients", registration(id)));
                api.expect(api.post("demo-admin", "/api/v1/patients/" + id + "/care-team",
                        Map.of("memberId", clinician, "teamRole", "PRIMARY")));
                api.expect(api.post("demo-admin", "/api/v1/patients/" + id + "/care-team", Map.of("memberId", nurse)));
                return id;
            }));
        }
        for (var future : futures) {
            carePatients.add(future.get());
        }
        pool.shutdown();
        for (int i = 0; i < 16; i++) {
            notes.add("benchmark note " + i);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log("set-up: " + count + " patients with a care team in " + Math.round(seconds) + " s");
        return Map.of("carePatients", count, "seconds", Measurement.round(seconds));
    }

    private Map<String, Object> registration(String id) {
        long n = registrations.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", id);
        body.put("mrn", "B" + runTag + String.format("%06d", n % 1_000_000));
        body.put("givenName", "Bench");
        body.put("familyName", "Patient" + n);
        body.put("birthDate", "1950-0" + (1 + n % 9) + "-1" + (n % 10));
        body.put("sex", n % 2 == 0 ? "FEMALE" : "MALE");
        return body;
    }

    private String randomCarePatient() {
        return carePatients.get(ThreadLocalRandom.current().nextInt(carePatients.size()));
    }

    /** The next command of the mix, and what to remember from its answer. */
    private Call next() {
        int pick = ThreadLocalRandom.current().nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int i = 0;
        while (pick >= cumulativeWeights[i]) {
            i++;
        }
        String name = mix[i].name();
        switch (name) {
            case "register":
                return new Call(name, api.post("demo-admin", "/api/v1/patients",
                        registration(UUID.randomUUID().toString())), null);
            case "vitals": {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                return new Call(name, api.post("demo-device", "/api/v1/patients/" + randomCarePatient() + "/vital-signs",
                        Map.of("heartRate", 55 + r.nextInt(30), "respiratoryRate", 12 + r.nextInt(8),
                                "oxygenSaturation", 96 + r.nextInt(5), "systolicBloodPressure", 115 + r.nextInt(60),
                                "temperature", (362 + r.nextInt(15)) / 10.0, "consciousness", "ALERT",
                                "supplementalOxygen", false)), null);
            }
            case "checkin":
                return new Call(name, api.post("demo-nurse", "/api/v1/patients/" + randomCarePatient() + "/check-ins",
                        Map.of("chestPain", "NONE", "breathlessness", "NONE", "palpitations", "NONE", "dizziness", "NONE",
                                "swelling", "MILD")), null);
            case "alert-ack": {
                String alert = raised.poll();
                if (alert != null) {
                    return new Call(name, api.post("demo-nurse", "/api/v1/alerts/" + alert + "/acknowledgements", null),
                            response -> acknowledged.add(alert));
                }
                return raise();
            }
            case "alert-resolve": {
                String alert = acknowledged.poll();
                if (alert != null) {
                    return new Call(name, api.post("demo-clinician", "/api/v1/alerts/" + alert + "/resolution",
                            Map.of("outcome", "benchmark: seen and resolved")), null);
                }
                return raise();
            }
            case "alert-note": {
                int known = Math.min(knownAlertCount.get(), knownAlerts.length());
                if (known > 0) {
                    String alert = knownAlerts.get(ThreadLocalRandom.current().nextInt(known));
                    return new Call(name, api.post("demo-nurse", "/api/v1/alerts/" + alert + "/notes",
                            Map.of("text", notes.get(ThreadLocalRandom.current().nextInt(notes.size())))), null);
                }
                return raise();
            }
            case "appointment-cancel": {
                String appointment = appointments.poll();
                if (appointment != null) {
                    return new Call(name, api.post(appointmentUser, "/api/v1/appointments/" + appointment + "/cancellation",
                            Map.of("reason", "benchmark cancellation")), null);
                }
                return book();
            }
            case "appointment-book":
                return book();
            default:
                return raise();
        }
    }

    private Call raise() {
        return new Call("alert-raise", api.post("demo-nurse", "/api/v1/alerts", Map.of("patientId", randomCarePatient(),
                "type", "MANUAL", "severity", "LOW", "summary", "benchmark finding")), response -> {
                    if (response.statusCode() == 201) {
                        String id = field(response, "alertId");
                        if (id != null) {
                            raised.add(id);
                            knownAlerts.set(knownAlertCount.getAndIncrement() % knownAlerts.length(), id);
                        }
                    }
                });
    }

    private Call book() {
        // every booking gets a slot of its own, so no clinician is ever double-booked
        Instant start = firstSlot.plus(appointmentSlot.getAndIncrement() * 20, ChronoUnit.MINUTES);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", randomCarePatient());
        body.put("clinicianId", api.userIds.get("demo-clinician"));
        body.put("type", "CONSULTATION");
        body.put("start", start.toString());
        body.put("durationMinutes", 15);
        body.put("reason", "benchmark review");
        return new Call("appointment-book", api.post(appointmentUser, "/api/v1/appointments", body), response -> {
            String id = field(response, "appointmentId");
            if (id == null) {
                id = response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse(null);
            }
            if (id != null) {
                appointments.add(id);
            }
        });
    }

    private static String field(HttpResponse<String> response, String name) {
        try {
            JsonNode node = Api.JSON.readTree(response.body());
            return node.hasNonNull(name) ? node.get(name).asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private record Call(String operation, HttpRequest request, java.util.function.Consumer<HttpResponse<String>> then) {
        void answered(HttpResponse<String> response) {
            if (then != null && response.statusCode() / 100 == 2) {
                then.accept(response);
            }
        }
    }

    private static String cause(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
    }

    private static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root != root.getCause()) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** N users, each with one command in flight. */
    private Map<String, Object> closed(int users, int warmup, int duration, Sampler sampler) throws Exception {
        long start = System.nanoTime();
        long windowStart = start + TimeUnit.SECONDS.toNanos(warmup);
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(duration);
        Measurement measurement = new Measurement(windowStart, windowEnd);
        ExecutorService pool = Executors.newFixedThreadPool(users, Api.daemon("closed-user"));
        for (int u = 0; u < users; u++) {
            pool.execute(() -> {
                while (System.nanoTime() < windowEnd) {
                    Call call = next();
                    long due = System.nanoTime();
                    measurement.issued(due);
                    try {
                        HttpResponse<String> response = api.send(call.request());
                        measurement.done(call.operation(), due, System.nanoTime(), cause(response));
                        call.answered(response);
                    } catch (Exception e) {
                        measurement.done(call.operation(), due, System.nanoTime(), cause(e));
                    }
                }
            });
        }
        sampler.sampleUntil(windowStart, windowEnd);
        pool.shutdown();
        if (!pool.awaitTermination(api.timeout.toSeconds() + 10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        Map<String, Object> result = measurement.toMap();
        result.put("model", "closed");
        result.put("users", users);
        return result;
    }

    /** Commands due at a fixed rate; at most max-outstanding in flight, beyond which a due command is dropped. */
    private Map<String, Object> open(int rate, int warmup, int duration, Sampler sampler) throws Exception {
        int maxOutstanding = options.integer("max-outstanding", 2000);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long windowStart = start + TimeUnit.SECONDS.toNanos(warmup);
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(duration);
        Measurement measurement = new Measurement(windowStart, windowEnd);
        AtomicInteger outstanding = new AtomicInteger();
        Map<Long, Call> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong dropped = new AtomicLong();
        Thread samplerThread = new Thread(() -> sampler.sampleUntil(windowStart, windowEnd), "sampler");
        samplerThread.setDaemon(true);
        samplerThread.start();
        for (long i = 0; ; i++) {
            long due = start + i * interval;
            if (due >= windowEnd) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Call call = next();
            measurement.issued(due);
            if (outstanding.get() >= maxOutstanding) {
                dropped.incrementAndGet();
                measurement.failedWithoutLatency(call.operation(), due, "dropped: " + maxOutstanding + " outstanding");
                continue;
            }
            outstanding.incrementAndGet();
            long id = i;
            inFlight.put(id, call);
            api.sendAsync(call.request()).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                if (inFlight.remove(id) == null) {
                    return; // already counted as unfinished
                }
                if (failure != null) {
                    measurement.done(call.operation(), due, done, cause(failure));
                } else {
                    measurement.done(call.operation(), due, done, cause(response));
                    call.answered(response);
                }
                outstanding.decrementAndGet();
            });
        }
        long drainUntil = System.nanoTime() + api.timeout.toNanos() + TimeUnit.SECONDS.toNanos(5);
        while (outstanding.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
        // anything still in flight has outlived the request timeout by far: counted, never waited for
        for (var entry : inFlight.entrySet()) {
            if (inFlight.remove(entry.getKey()) != null) {
                measurement.failedWithoutLatency(entry.getValue().operation(), start + entry.getKey() * interval,
                        "unfinished");
            }
        }
        samplerThread.join();
        Map<String, Object> result = measurement.toMap();
        result.put("model", "open");
        result.put("offeredRate", rate);
        result.put("dropped", dropped.get());
        return result;
    }

    static void log(String line) {
        System.out.println("[commands] " + line);
        System.out.flush();
    }
}

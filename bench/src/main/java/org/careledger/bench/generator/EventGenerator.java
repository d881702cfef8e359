package org.careledger.bench.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.AssignCareTeamMember;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.RecordVitalSigns;
import org.careledger.api.patient.RegisterPatient;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.patient.SubmitCheckIn;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the replay and query data set by sending ordinary commands through the application's own
 * command bus, so every event is appended by the real event store (ordered appends, snapshots,
 * command-side lookups, sagas) exactly as in production. It runs inside the application: bench/run.sh
 * puts this class on the application's class path (Spring Boot's PropertiesLauncher, {@code loader.path})
 * and switches it on with {@code careledger.bench.generate.events}; the application's component scan
 * of {@code org.careledger} finds it. Without that property nothing here exists.
 *
 * <p>What it writes, for a target of E events (defaults): E/20 patients, each registered with a nurse
 * and a primary clinician on the care team (3 events); E/10 LOW alerts raised by the nurse, at most one
 * open per patient and type, so all stay open (LOW escalates only after 24 h); then vital signs (90 %,
 * from the demo device, all within NEWS2 0 so no rule raises an alert) and check-ins (10 %, by the nurse,
 * no red flags) until the event table holds E events. The demo organization and users must exist
 * ({@code CARELEDGER_DEMO=true}).
 *
 * <p>Every append takes the event append lock until its transaction commits, so one command per
 * transaction writes at most one event per commit (a disk flush): far too slow for a million events.
 * The generator therefore runs up to {@code careledger.bench.generate.batch} (default 20) commands of one
 * thread in one Spring transaction, which Axon's transaction manager joins: the same command handlers,
 * aggregates, storage engine and lookups, with fewer commits. {@code batch=1} writes as in production.
 */
@Component
@ConditionalOnProperty(name = "careledger.bench.generate.events")
class EventGenerator {
    private static final Logger log = LoggerFactory.getLogger(EventGenerator.class);
    private static final AlertType[] ALERT_TYPES = {AlertType.MANUAL, AlertType.NEWS2, AlertType.VITAL_SIGN_THRESHOLD,
        AlertType.RED_FLAG_CHECK_IN, AlertType.MISSED_CHECK_IN};

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batch;
    private final ConfigurableApplicationContext context;
    private final long targetEvents;
    private final int threads;
    private final int patients;
    private final int alerts;
    private final long maxSeconds;
    private final String organizationName;
    private final Path out;

    private final AtomicLong commandsSent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();

    EventGenerator(CommandGateway commands, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ConfigurableApplicationContext context, Environment env) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.context = context;
        this.targetEvents = env.getRequiredProperty("careledger.bench.generate.events", Long.class);
        this.threads = env.getProperty("careledger.bench.generate.threads", Integer.class, 4);
        this.batch = env.getProperty("careledger.bench.generate.batch", Integer.class, 20);
        int wantedPatients = env.getProperty("careledger.bench.generate.patients", Integer.class,
                (int) Math.max(10, targetEvents / 20));
        // a multiple of the thread count: thread t then owns exactly the patients p with p % threads == t,
        // so no two threads ever write to one patient at the same time
        this.patients = (wantedPatients + threads - 1) / threads * threads;
        int defaultAlerts = (int) Math.min((long) patients * ALERT_TYPES.length, targetEvents / 10);
        this.alerts = env.getProperty("careledger.bench.generate.alerts", Integer.class, defaultAlerts);
        this.maxSeconds = env.getProperty("careledger.bench.generate.max-seconds", Long.class, 1800L);
        this.organizationName = env.getProperty("careledger.demo.organization", "Demo Clinic");
        this.out = Path.of(env.getProperty("careledger.bench.generate.out", "generate.json"));
        if (alerts > (long) patients * ALERT_TYPES.length) {
            throw new IllegalStateException("at most " + ALERT_TYPES.length + " open alerts per patient: raise patients");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // The demo data is created by another ready-listener; wait for it on a thread of our own.
        Thread thread = new Thread(this::runAndExit, "bench-generator");
        thread.start();
    }

    private void runAndExit() {
        int code = 0;
        try {
            generate();
        } catch (Exception e) {
            log.error("event generation failed", e);
            code = 3;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void generate() throws Exception {
        Staff staff = waitForDemoStaff();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(maxSeconds);
        String runTag = randomLetters(2);
        log.info("generating {} events: {} patients, {} alerts, {} threads", targetEvents, patients, alerts, threads);

        Thread monitor = new Thread(() -> monitor(started, deadline), "bench-generator-monitor");
        monitor.setDaemon(true);
        monitor.start();

        List<PatientId> ids = new ArrayList<>(patients);
        for (int i = 0; i < patients; i++) {
            ids.add(new PatientId(UUID.randomUUID()));
        }
        phase("patients", i -> i < patients, i -> {
            PatientId patient = ids.get(i);
            send(new RegisterPatient(patient, staff.organization, new Mrn("G" + runTag + String.format("%08d", i)),
                    new Demographics(new PersonName(GIVEN[i % GIVEN.length], FAMILY[(i / GIVEN.length) % FAMILY.length]),
                            LocalDate.of(1930 + i % 70, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? Sex.FEMALE : Sex.MALE),
                    ContactDetails.none(), staff.admin), staff.admin);
            send(new AssignCareTeamMember(patient, staff.member(staff.clinician), CareTeamRole.PRIMARY, null, staff.admin),
                    staff.admin);
            send(new AssignCareTeamMember(patient, staff.member(staff.nurse), CareTeamRole.MEMBER, null, staff.admin),
                    staff.admin);
        });
        phase("alerts", j -> j < alerts, j -> {
            PatientId patient = ids.get(j % patients);
            AlertType type = ALERT_TYPES[(j / patients) % ALERT_TYPES.length];
            send(new RaiseAlert(AlertId.newId(), patient, staff.organization, type, Severity.LOW,
                    "benchmark alert", staff.nurse), staff.nurse);
        });
        phase("readings", k -> true, k -> {
            PatientId patient = ids.get(k % patients);
            if (k % 10 == 9) {
                send(new SubmitCheckIn(patient, new CheckInAnswers(SymptomSeverity.NONE, SymptomSeverity.NONE,
                        SymptomSeverity.NONE, SymptomSeverity.NONE, SymptomSeverity.MILD, null), null, staff.nurse),
                        staff.nurse);
            } else {
                send(new RecordVitalSigns(patient, normalReading(), VitalSignsSource.DEVICE, Instant.now(), null,
                        staff.device),
                        staff.device);
            }
        });
        stop.set(true);
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = head();
        Map<String, Object> result = new HashMap<>();
        result.put("targetEvents", targetEvents);
        result.put("events", events);
        result.put("patients", patients);
        result.put("alerts", alerts);
        result.put("threads", threads);
        result.put("commandsPerTransaction", batch);
        result.put("commands", commandsSent.get());
        result.put("failedCommands", failures.get());
        result.put("seconds", round(seconds));
        result.put("commandsPerSecond", round(commandsSent.get() / seconds));
        result.put("eventsPerSecond", round(events / seconds));
        result.put("capped", events < targetEvents);
        writeJson(result);
        log.info("generated {} events with {} commands in {} s ({} failed)", events, commandsSent.get(),
                round(seconds), failures.get());
        if (failures.get() > commandsSent.get() / 100) {
            throw new IllegalStateException("more than 1 % of the generator's commands failed");
        }
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    private interface Bound {
        boolean test(int index);
    }

    /** Indexes are shared out by thread (index % threads), so each patient's commands stay in order. */
    private void phase(String name, Bound bound, Step step) throws InterruptedException {
        if (stop.get()) {
            return;
        }
        log.info("generator phase: {}", name);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            pool.execute(() -> {
                int next = first;
                while (bound.test(next) && !stop.get()) {
                    int from = next;
                    int[] done = {0};
                    try {
                        // up to `batch` commands in one database transaction (see the class comment)
                        transactions.executeWithoutResult(status -> {
                            int i = from;
                            for (int n = 0; n < batch && bound.test(i); n++, i += threads) {
                                try {
                                    step.run(i);
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                done[0]++;
                            }
                        });
                    } catch (RuntimeException e) {
                        // the whole transaction rolled back: its commands count as failed, the failing one is skipped
                        done[0]++;
                        if (failures.addAndGet(done[0]) <= 10L * batch) {
                            log.warn("generator transaction of {} commands rolled back: {}", done[0], e.toString());
                        }
                    }
                    next = from + done[0] * threads;
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // the monitor sets stop when the target or the time limit is reached
        }
    }

    private void send(Object command, Actor actor) {
        Map<String, Object> metadata = Map.of("actorId", actor.userId().toString(), "actorRole", actor.role().name(),
                "organizationId", actor.organizationId().toString(), "correlationId", "bench-generator");
        commandsSent.incrementAndGet();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
    }

    private void monitor(long started, long deadline) {
        long lastEvents = 0;
        long lastTime = started;
        while (!stop.get()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long events = head();
            long now = System.nanoTime();
            if (events >= targetEvents) {
                stop.set(true);
            }
            if (now > deadline) {
                log.warn("generator time limit of {} s reached at {} events", maxSeconds, events);
                stop.set(true);
            }
            if (now - lastTime >= TimeUnit.SECONDS.toNanos(10) || stop.get()) {
                log.info("generator progress: {} / {} events, {} events/s", events, targetEvents,
                        round((events - lastEvents) / ((now - lastTime) / 1e9)));
                lastEvents = events;
                lastTime = now;
            }
        }
    }

    private long head() {
        Long max = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
        return max == null ? 0 : max;
    }

    private Staff waitForDemoStaff() throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            List<UUID> organizations = jdbc.queryForList("SELECT id FROM organization WHERE name = ?", UUID.class,
                    organizationName);
            if (!organizations.isEmpty()) {
                OrganizationId organization = new OrganizationId(organizations.get(0));
                Map<Role, Actor> byRole = new HashMap<>();
                jdbc.query("SELECT id, role FROM app_user WHERE organization_id = ? AND username LIKE 'demo-%'",
                        rs -> {
                            Role role = Role.valueOf(rs.getString("role"));
                            if (role != Role.PATIENT) {
                                byRole.put(role, Actor.staff(new UserId(rs.getObject("id", UUID.class)), role,
                                        organization));
                            }
                        }, organization.value());
                if (byRole.keySet().containsAll(List.of(Role.ADMIN, Role.NURSE, Role.CLINICIAN, Role.DEVICE))
                        && hasDemoPatient()) {
                    return new Staff(organization, byRole.get(Role.ADMIN), byRole.get(Role.NURSE),
                            byRole.get(Role.CLINICIAN), byRole.get(Role.DEVICE));
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no demo organization '" + organizationName
                + "' with its users: start with CARELEDGER_DEMO=true");
    }

    /** The demo users are created before the demo patient; once the patient's row exists the set-up is done. */
    private boolean hasDemoPatient() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM app_user WHERE role = 'PATIENT' AND username = 'demo-patient'",
                Long.class);
        return count != null && count > 0;
    }

    private record Staff(OrganizationId organization, Actor admin, Actor nurse, Actor clinician, Actor device) {
        StaffMember member(Actor actor) {
            return new StaffMember(actor.userId(), actor.role(), organization);
        }
    }

    private static VitalSigns normalReading() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new VitalSigns(55 + random.nextInt(30), 12 + random.nextInt(8), 96 + random.nextInt(5),
                115 + random.nextInt(60), BigDecimal.valueOf(362 + random.nextInt(15), 1), Consciousness.ALERT, false);
    }

    private void writeJson(Map<String, Object> result) throws IOException {
        StringBuilder json = new StringBuilder("{");
        result.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":").append(value);
        });
        Files.writeString(out, json.append("}\n").toString());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    private static final String[] GIVEN = {"Ada", "Grace", "Mary", "Alan", "Edsger", "Barbara", "Donald", "Frances",
        "John", "Margaret", "Tim", "Radia", "Ken", "Sophie", "Niklaus", "Hedy"};
    private static final String[] FAMILY = {"Lovelace", "Hopper", "Seacole", "Turing", "Dijkstra", "Liskov", "Knuth",
        "Allen", "Backus", "Hamilton", "Berners", "Perlman", "Thompson", "Wilson", "Wirth", "Lamarr", "Nightingale",
        "Franklin", "Curie", "Noether", "Johnson", "Vaughan", "Jackson", "Goldberg", "Kay", "Ritchie", "Hoare",
        "Milner", "Codd", "Gray", "Stonebraker", "Lamport"};
}

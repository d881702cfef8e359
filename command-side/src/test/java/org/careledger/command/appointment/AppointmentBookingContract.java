package org.careledger.command.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.BookAppointment;
import org.careledger.api.appointment.CancelAppointment;
import org.careledger.api.appointment.ConfirmAppointment;
import org.careledger.api.appointment.MarkAppointmentEnteredInError;
import org.careledger.api.appointment.RequestAppointment;
import org.careledger.api.appointment.RescheduleAppointment;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.ClinicalError;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.command.support.ClinicalErrorInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Booking through the command bus with the appointment feature's real beans, Axon's JDBC event store and the lookups
 * on a database migrated by the real Flyway scripts. Patient events are published as the Patient aggregate would
 * publish them; the lookups follow them in the publishing transaction. Run on PostgreSQL and on H2.
 */
@TestPropertySource(properties = {
    "axon.axonserver.enabled=false",
    "axon.serializer.general=jackson",
    "axon.serializer.events=jackson",
    "axon.serializer.messages=jackson",
    "spring.datasource.hikari.maximum-pool-size=20",
    "spring.autoconfigure.exclude=org.axonframework.springboot.autoconfig.JpaAutoConfiguration,"
            + "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration"
})
abstract class AppointmentBookingContract {
    private static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());
    private static final Actor NURSE = Actor.staff(new UserId(UUID.randomUUID()), Role.NURSE, ORG);
    private static final Actor ADMIN = Actor.staff(new UserId(UUID.randomUUID()), Role.ADMIN, ORG);
    private static final Instant TEN = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);

    /** The users of the organization, as the user accounts would answer. */
    static final class Staff implements ClinicianDirectory {
        private final Map<UserId, StaffMember> members = new ConcurrentHashMap<>();

        UserId add(Role role) {
            UserId id = new UserId(UUID.randomUUID());
            members.put(id, new StaffMember(id, role, ORG));
            return id;
        }

        @Override
        public Optional<StaffMember> find(UserId userId) {
            return Optional.ofNullable(members.get(userId));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableConfigurationProperties(AppointmentSettings.class)
    @ComponentScan(basePackageClasses = {Appointment.class, ClinicalErrorInterceptor.class},
            excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                    classes = AppointmentCommandController.class))
    static class Application {
        @Bean
        Staff staff() {
            return new Staff();
        }
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventGateway events;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBookingHoldsTheClinicianAndThePatient() {
        UserId clinician = staff.add(Role.CLINICIAN);
        PatientId patient = registered();
        AppointmentId booked = AppointmentId.newId();

        long version = commands.sendAndWait(book(booked, patient, clinician, TEN, 30));

        assertThat(version).isZero();
        assertThat(refusal(book(AppointmentId.newId(), registered(), clinician, TEN.plus(Duration.ofMinutes(29)), 30)))
                .isEqualTo(ClinicalErrorCode.CLINICIAN_DOUBLE_BOOKED);
        assertThat(refusal(book(AppointmentId.newId(), patient, staff.add(Role.CLINICIAN), TEN.minus(Duration.ofMinutes(10)), 11)))
                .isEqualTo(ClinicalErrorCode.PATIENT_DOUBLE_BOOKED);
        assertThat(eventsOf(booked)).containsExactly("AppointmentBooked");
    }

    @Test
    void backToBackAppointmentsDoNotOverlap() {
        UserId clinician = staff.add(Role.CLINICIAN);
        PatientId patient = registered();
        commands.sendAndWait(book(AppointmentId.newId(), patient, clinician, TEN, 30));

        commands.sendAndWait(book(AppointmentId.newId(), patient, clinician, TEN.plus(Duration.ofMinutes(30)), 30));
        commands.sendAndWait(book(AppointmentId.newId(), patient, clinician, TEN.minus(Duration.ofMinutes(5)), 5));
    }

    @Test
    void finishedAppointmentsFreeTheirTime() {
        UserId clinician = staff.add(Role.CLINICIAN);
        AppointmentId cancelled = AppointmentId.newId();
        AppointmentId inError = AppointmentId.newId();
        commands.sendAndWait(book(cancelled, registered(), clinician, TEN, 30));
        commands.sendAndWait(new CancelAppointment(cancelled, "clinic closed", null, ADMIN));
        commands.sendAndWait(book(inError, registered(), clinician, TEN, 30));
        commands.sendAndWait(new MarkAppointmentEnteredInError(inError, "wrong patient", ADMIN));

        commands.sendAndWait(book(AppointmentId.newId(), registered(), clinician, TEN, 30));
    }

    @Test
    void aRequestHoldsTimeAndItsConfirmationChecksAgain() {
        UserId clinician = staff.add(Role.CLINICIAN);
        PatientId patient = registered();
        Actor patientUser = new Actor(new UserId(UUID.randomUUID()), Role.PATIENT, ORG, patient);
        AppointmentId requested = AppointmentId.newId();
        commands.sendAndWait(new RequestAppointment(requested, patient, ORG, clinician, AppointmentType.FOLLOW_UP, TEN,
                20, null, patientUser));

        assertThat(refusal(book(AppointmentId.newId(), registered(), clinician, TEN, 30)))
                .isEqualTo(ClinicalErrorCode.CLINICIAN_DOUBLE_BOOKED);
        long confirmed = commands.sendAndWait(new ConfirmAppointment(requested, null, 0L, NURSE));
        assertThat(confirmed).isEqualTo(1L);
        assertThat(eventsOf(requested)).containsExactly("AppointmentRequested", "AppointmentBooked");
    }

    @Test
    void reschedulingIgnoresTheAppointmentsOwnTimeButNotOthers() {
        UserId clinician = staff.add(Role.CLINICIAN);
        AppointmentId first = AppointmentId.newId();
        AppointmentId second = AppointmentId.newId();
        commands.sendAndWait(book(first, registered(), clinician, TEN, 30));
        commands.sendAndWait(book(second, registered(), clinician, TEN.plus(Duration.ofHours(1)), 30));

        long longer = commands.sendAndWait(new RescheduleAppointment(second, TEN.plus(Duration.ofMinutes(45)), 45, null, NURSE));
        assertThat(longer).isEqualTo(1L);
        assertThat(refusal(new RescheduleAppointment(second, TEN.plus(Duration.ofMinutes(15)), 30, null, NURSE)))
                .isEqualTo(ClinicalErrorCode.CLINICIAN_DOUBLE_BOOKED);
        commands.sendAndWait(book(AppointmentId.newId(), registered(), clinician, TEN.plus(Duration.ofMinutes(90)), 30));
    }

    @Test
    void theClinicianMustBeAClinicianAndThePatientKnownAndUnderCare() {
        PatientId discharged = registered();
        events.publish(new PatientDischarged(discharged, ADMIN.userId()));

        assertThat(refusal(book(AppointmentId.newId(), registered(), staff.add(Role.NURSE), TEN, 30)))
                .isEqualTo(ClinicalErrorCode.NOT_A_CLINICIAN);
        assertThat(refusal(book(AppointmentId.newId(), registered(), new UserId(UUID.randomUUID()), TEN, 30)))
                .isEqualTo(ClinicalErrorCode.NOT_A_CLINICIAN);
        assertThat(refusal(book(AppointmentId.newId(), PatientId.newId(), staff.add(Role.CLINICIAN), TEN, 30)))
                .isEqualTo(ClinicalErrorCode.PATIENT_NOT_FOUND);
        assertThat(refusal(book(AppointmentId.newId(), discharged, staff.add(Role.CLINICIAN), TEN, 30)))
                .isEqualTo(ClinicalErrorCode.PATIENT_DISCHARGED);
        assertThat(refusal(new ConfirmAppointment(AppointmentId.newId(), null, null, NURSE)))
                .isEqualTo(ClinicalErrorCode.APPOINTMENT_NOT_FOUND);
    }

    @Test
    void concurrentBookingsOfOneSlotBookItOnce() throws Exception {
        UserId clinician = staff.add(Role.CLINICIAN);
        commands.sendAndWait(book(AppointmentId.newId(), registered(), clinician, TEN.minus(Duration.ofHours(1)), 30));
        int bookers = 10;
        List<PatientId> patients = new ArrayList<>();
        for (int i = 0; i < bookers; i++) {
            patients.add(registered());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bookers);
        List<Future<ClinicalErrorCode>> answers = new ArrayList<>();
        try {
            for (PatientId patient : patients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        commands.sendAndWait(book(AppointmentId.newId(), patient, clinician, TEN, 30));
                        return null;
                    } catch (CommandExecutionException e) {
                        return e.<ClinicalError>getDetails().map(ClinicalError::code).orElseThrow(() -> e);
                    }
                }));
            }
            start.countDown();
            List<ClinicalErrorCode> outcomes = new ArrayList<>();
            for (var answer : answers) {
                outcomes.add(answer.get());
            }
            assertThat(outcomes).filteredOn(java.util.Objects::isNull).hasSize(1);
            assertThat(outcomes).filteredOn(java.util.Objects::nonNull).hasSize(bookers - 1)
                    .containsOnly(ClinicalErrorCode.CLINICIAN_DOUBLE_BOOKED);
        } finally {
            pool.shutdownNow();
        }
    }

    private PatientId registered() {
        PatientId patient = PatientId.newId();
        String mrn = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        events.publish(new PatientRegistered(patient, ORG, new Mrn(mrn),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                ContactDetails.none(), ADMIN.userId()));
        return patient;
    }

    private static BookAppointment book(AppointmentId id, PatientId patient, UserId clinician, Instant start, int minutes) {
        return new BookAppointment(id, patient, ORG, clinician, AppointmentType.CONSULTATION, start, minutes, null, null,
                NURSE);
    }

    private ClinicalErrorCode refusal(Object command) {
        var failure = catchThrowableOfType(CommandExecutionException.class, () -> commands.sendAndWait(command));
        assertThat(failure).as("the command was refused").isNotNull();
        return failure.<ClinicalError>getDetails().map(ClinicalError::code).orElseThrow();
    }

    private List<String> eventsOf(AppointmentId appointment) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(appointment.toString()).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}

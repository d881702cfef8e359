package org.careledger.command.patient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.careledger.api.patient.AssignCareTeamMember;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.DemographicsUpdated;
import org.careledger.api.patient.DischargePatient;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.RecordVitalSigns;
import org.careledger.api.patient.RegisterPatient;
import org.careledger.api.patient.RemoveCareTeamMember;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.patient.SubmitCheckIn;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.patient.UpdateContactDetails;
import org.careledger.api.patient.UpdateDemographics;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    private static final PatientId PATIENT = PatientId.of("7d1c7f0e-4b0a-4a51-9a43-2f5b8c1e0001");
    private static final PatientId OTHER_PATIENT = PatientId.of("7d1c7f0e-4b0a-4a51-9a43-2f5b8c1e0002");
    private static final OrganizationId ORG = OrganizationId.of("0a6f3c52-1111-4c3b-8f2e-000000000001");
    private static final OrganizationId OTHER_ORG = OrganizationId.of("0a6f3c52-1111-4c3b-8f2e-000000000002");

    private static final Actor ADMIN = Actor.staff(user(1), Role.ADMIN, ORG);
    private static final Actor NURSE = Actor.staff(user(2), Role.NURSE, ORG);
    private static final Actor CLINICIAN = Actor.staff(user(3), Role.CLINICIAN, ORG);
    private static final Actor OTHER_NURSE = Actor.staff(user(4), Role.NURSE, ORG);
    private static final Actor OTHER_CLINICIAN = Actor.staff(user(5), Role.CLINICIAN, ORG);
    private static final Actor PATIENT_USER = new Actor(user(6), Role.PATIENT, ORG, PATIENT);
    private static final Actor OTHER_PATIENT_USER = new Actor(user(7), Role.PATIENT, ORG, OTHER_PATIENT);
    private static final Actor DEVICE = Actor.staff(user(8), Role.DEVICE, ORG);
    private static final Actor AUDITOR = Actor.staff(user(9), Role.AUDITOR, ORG);
    private static final Actor FOREIGN_ADMIN = Actor.staff(user(11), Role.ADMIN, OTHER_ORG);
    private static final Actor FOREIGN_CLINICIAN = Actor.staff(user(12), Role.CLINICIAN, OTHER_ORG);
    private static final Actor FOREIGN_DEVICE = Actor.staff(user(13), Role.DEVICE, OTHER_ORG);
    // A patient user of another organization whose account names this very patient id.
    private static final Actor FOREIGN_PATIENT_USER = new Actor(user(14), Role.PATIENT, OTHER_ORG, PATIENT);

    private static final Mrn MRN = new Mrn("MRN000123");
    private static final Demographics DEMOGRAPHICS =
            new Demographics(new PersonName("Ada", "Lovelace"), LocalDate.parse("1960-04-30"), Sex.FEMALE);
    private static final Demographics CORRECTED_DEMOGRAPHICS =
            new Demographics(new PersonName("Ada", "King"), LocalDate.parse("1960-04-30"), Sex.FEMALE);
    private static final ContactDetails CONTACT = new ContactDetails("ada@example.org", "+447700900123", null);
    private static final ContactDetails NEW_CONTACT = new ContactDetails(null, "+447700900456", "1 Ward Street");
    private static final VitalSigns NORMAL_VITALS =
            new VitalSigns(70, 16, 98, 120, new BigDecimal("37.0"), Consciousness.ALERT, false);
    private static final News2Score NORMAL_SCORE = new News2Score(0, 0, 0, 0, 0, 0, 0, 0, true, News2Risk.LOW);
    private static final CheckInAnswers ANSWERS = new CheckInAnswers(SymptomSeverity.NONE, SymptomSeverity.MILD,
            SymptomSeverity.NONE, SymptomSeverity.NONE, SymptomSeverity.MODERATE, "ankles swollen");

    private static final PatientRegistered REGISTERED =
            new PatientRegistered(PATIENT, ORG, MRN, DEMOGRAPHICS, CONTACT, ADMIN.userId());
    private static final CareTeamMemberAssigned NURSE_ASSIGNED = new CareTeamMemberAssigned(
            PATIENT, NURSE.userId(), Role.NURSE, CareTeamRole.MEMBER, ADMIN.userId());
    private static final CareTeamMemberAssigned CLINICIAN_ASSIGNED = new CareTeamMemberAssigned(
            PATIENT, CLINICIAN.userId(), Role.CLINICIAN, CareTeamRole.PRIMARY, ADMIN.userId());
    private static final CareTeamMemberRemoved NURSE_REMOVED =
            new CareTeamMemberRemoved(PATIENT, NURSE.userId(), ADMIN.userId());
    private static final PatientDischarged DISCHARGED = new PatientDischarged(PATIENT, CLINICIAN.userId());

    private FixtureConfiguration<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
    }

    // registration

    @Test
    void registrationRecordsThePatientWithTheRegisteringUser() {
        fixture.givenCurrentTime(NOW)
                .when(register(ADMIN, DEMOGRAPHICS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"NURSE", "CLINICIAN"})
    void nursesAndCliniciansMayRegisterPatients(Role role) {
        Actor staff = Actor.staff(user(20), role, ORG);
        fixture.givenCurrentTime(NOW)
                .when(register(staff, DEMOGRAPHICS))
                .expectEvents(new PatientRegistered(PATIENT, ORG, MRN, DEMOGRAPHICS, CONTACT, staff.userId()));
    }

    @ParameterizedTest
    @MethodSource("nonStaff")
    void onlyStaffMayRegisterPatients(Actor notStaff) {
        fixture.givenCurrentTime(NOW)
                .when(register(notStaff, DEMOGRAPHICS))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    static Stream<Named<Actor>> nonStaff() {
        return Stream.of(Named.of("auditor", AUDITOR), Named.of("device", DEVICE),
                Named.of("patient", PATIENT_USER));
    }

    @Test
    void birthDateAfterTodayInEveryTimeZoneIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(register(ADMIN, bornOn(TODAY.plusDays(2))))
                .expectNoEvents()
                .expectException(BirthDateInFuture.class);
    }

    @Test
    void birthDateThatIsAlreadyTodayInTheEarliestTimeZoneIsAccepted() {
        // 10:00 UTC is midnight of the next day at UTC+14
        fixture.givenCurrentTime(NOW)
                .when(register(ADMIN, bornOn(TODAY.plusDays(1))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void birthDateTodayIsAccepted() {
        fixture.givenCurrentTime(NOW)
                .when(register(ADMIN, bornOn(TODAY)))
                .expectEvents(new PatientRegistered(PATIENT, ORG, MRN, bornOn(TODAY), CONTACT, ADMIN.userId()));
    }

    // demographics and contact details

    @Test
    void updatingDemographicsRecordsThemAndReturnsTheNewVersion() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new UpdateDemographics(PATIENT, CORRECTED_DEMOGRAPHICS, null, ADMIN))
                .expectEvents(new DemographicsUpdated(PATIENT, CORRECTED_DEMOGRAPHICS, ADMIN.userId()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void nurseOnTheCareTeamMayUpdateDemographics() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new UpdateDemographics(PATIENT, CORRECTED_DEMOGRAPHICS, null, NURSE))
                .expectEvents(new DemographicsUpdated(PATIENT, CORRECTED_DEMOGRAPHICS, NURSE.userId()));
    }

    @Test
    void updatedBirthDateInTheFutureIsRefused() {
        givenRegistered()
                .when(new UpdateDemographics(PATIENT, bornOn(TODAY.plusDays(2)), null, ADMIN))
                .expectNoEvents()
                .expectException(BirthDateInFuture.class);
    }

    @Test
    void patientMayNotUpdateTheirOwnDemographics() {
        givenRegistered()
                .when(new UpdateDemographics(PATIENT, CORRECTED_DEMOGRAPHICS, null, PATIENT_USER))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @ParameterizedTest
    @MethodSource("auditorAndDevice")
    void auditorsAndDevicesMayNotUpdateDemographics(Actor actor) {
        givenRegistered()
                .when(new UpdateDemographics(PATIENT, CORRECTED_DEMOGRAPHICS, null, actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    static Stream<Named<Actor>> auditorAndDevice() {
        return Stream.of(Named.of("auditor", AUDITOR), Named.of("device", DEVICE));
    }

    @Test
    void patientMayUpdateTheirOwnContactDetails() {
        givenRegistered()
                .when(new UpdateContactDetails(PATIENT, NEW_CONTACT, null, PATIENT_USER))
                .expectEvents(new ContactDetailsUpdated(PATIENT, NEW_CONTACT, PATIENT_USER.userId()))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest
    @MethodSource("auditorAndDevice")
    void auditorsAndDevicesMayNotUpdateContactDetails(Actor actor) {
        givenRegistered()
                .when(new UpdateContactDetails(PATIENT, NEW_CONTACT, null, actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void patientUserOfAnotherPatientDoesNotFindThePatient() {
        givenRegistered()
                .when(new UpdateContactDetails(PATIENT, NEW_CONTACT, null, OTHER_PATIENT_USER))
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    // vital signs

    @Test
    void vitalSignsCarryTheirNews2Score() {
        // RR 25 (3), SpO2 91 (3), on oxygen (2), systolic 90 (3), HR 131 (3), VOICE (3), 39.1 °C (2)
        VitalSigns critical = new VitalSigns(131, 25, 91, 90, new BigDecimal("39.1"), Consciousness.VOICE, true);
        givenRegistered(NURSE_ASSIGNED)
                .when(new RecordVitalSigns(PATIENT, critical, VitalSignsSource.CLINICIAN, NOW, null, NURSE))
                .expectEvents(new VitalSignsRecorded(PATIENT, critical,
                        new News2Score(19, 3, 3, 2, 3, 3, 3, 2, true, News2Risk.HIGH), VitalSignsSource.CLINICIAN,
                        NOW, NURSE.userId()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void deviceMayRecordVitalSigns() {
        givenRegistered()
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.DEVICE, NOW, null, DEVICE))
                .expectEvents(new VitalSignsRecorded(
                        PATIENT, NORMAL_VITALS, NORMAL_SCORE, VitalSignsSource.DEVICE, NOW, DEVICE.userId()));
    }

    @Test
    void patientMayRecordTheirOwnVitalSigns() {
        givenRegistered()
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CHECK_IN, NOW, null, PATIENT_USER))
                .expectEvents(new VitalSignsRecorded(
                        PATIENT, NORMAL_VITALS, NORMAL_SCORE, VitalSignsSource.CHECK_IN, NOW, PATIENT_USER.userId()));
    }

    @ParameterizedTest
    @MethodSource("adminAndAuditor")
    void adminsAndAuditorsMayNotRecordVitalSigns(Actor actor) {
        givenRegistered()
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CLINICIAN, NOW, null, actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    static Stream<Named<Actor>> adminAndAuditor() {
        return Stream.of(Named.of("admin", ADMIN), Named.of("auditor", AUDITOR));
    }

    @Test
    void observationMoreThanFiveMinutesAheadOfTheClockIsRefused() {
        Instant ahead = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);
        givenRegistered()
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.DEVICE, ahead, null, DEVICE))
                .expectNoEvents()
                .expectException(ObservationInFuture.class);
    }

    @Test
    void observationFourMinutesAheadOfTheClockIsAcceptedAsClockSkew() {
        Instant ahead = NOW.plus(Duration.ofMinutes(4));
        givenRegistered()
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.DEVICE, ahead, null, DEVICE))
                .expectEvents(new VitalSignsRecorded(
                        PATIENT, NORMAL_VITALS, NORMAL_SCORE, VitalSignsSource.DEVICE, ahead, DEVICE.userId()));
    }

    // check-ins

    @Test
    void patientMaySubmitTheirOwnCheckIn() {
        givenRegistered()
                .when(new SubmitCheckIn(PATIENT, ANSWERS, null, PATIENT_USER))
                .expectEvents(new CheckInSubmitted(PATIENT, ANSWERS, PATIENT_USER.userId()))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest
    @MethodSource("adminAndDevice")
    void adminsAndDevicesMayNotSubmitCheckIns(Actor actor) {
        givenRegistered()
                .when(new SubmitCheckIn(PATIENT, ANSWERS, null, actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    static Stream<Named<Actor>> adminAndDevice() {
        return Stream.of(Named.of("admin", ADMIN), Named.of("device", DEVICE));
    }

    // care-team visibility

    @Test
    void nurseNotOnTheCareTeamDoesNotFindThePatient() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CLINICIAN, NOW, null, OTHER_NURSE))
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    @Test
    void clinicianNotOnTheCareTeamDoesNotFindThePatient() {
        givenRegistered(CLINICIAN_ASSIGNED)
                .when(new DischargePatient(PATIENT, null, OTHER_CLINICIAN))
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    @Test
    void nurseOnTheCareTeamMayRecordVitalSigns() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CLINICIAN, NOW, null, NURSE))
                .expectEvents(new VitalSignsRecorded(
                        PATIENT, NORMAL_VITALS, NORMAL_SCORE, VitalSignsSource.CLINICIAN, NOW, NURSE.userId()));
    }

    // organization isolation

    @ParameterizedTest
    @MethodSource("commandsFromAnotherOrganization")
    void anotherOrganizationDoesNotFindThePatient(Object command) {
        givenRegistered(NURSE_ASSIGNED, CLINICIAN_ASSIGNED)
                .when(command)
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    // Each command comes from a role that would be allowed to send it in the patient's own organization.
    static Stream<Named<Object>> commandsFromAnotherOrganization() {
        return Stream.of(
                Named.of("update demographics", new UpdateDemographics(PATIENT, CORRECTED_DEMOGRAPHICS, null,
                        FOREIGN_ADMIN)),
                Named.of("update contact details", new UpdateContactDetails(PATIENT, NEW_CONTACT, null,
                        FOREIGN_PATIENT_USER)),
                Named.of("assign care-team member", new AssignCareTeamMember(PATIENT,
                        member(OTHER_CLINICIAN), CareTeamRole.MEMBER, null, FOREIGN_ADMIN)),
                Named.of("remove care-team member", new RemoveCareTeamMember(PATIENT, NURSE.userId(), null,
                        FOREIGN_ADMIN)),
                Named.of("record vital signs", new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.DEVICE,
                        NOW, null, FOREIGN_DEVICE)),
                Named.of("submit check-in", new SubmitCheckIn(PATIENT, ANSWERS, null, FOREIGN_PATIENT_USER)),
                Named.of("discharge", new DischargePatient(PATIENT, null, FOREIGN_CLINICIAN)));
    }

    // care team

    @Test
    void assigningANurseAddsThemToTheCareTeam() {
        givenRegistered()
                .when(new AssignCareTeamMember(PATIENT, member(NURSE), CareTeamRole.MEMBER, null, ADMIN))
                .expectEvents(NURSE_ASSIGNED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void assigningAClinicianAsPrimaryAddsThemToTheCareTeam() {
        givenRegistered()
                .when(new AssignCareTeamMember(PATIENT, member(CLINICIAN), CareTeamRole.PRIMARY, null, ADMIN))
                .expectEvents(CLINICIAN_ASSIGNED);
    }

    @Test
    void clinicianOnTheCareTeamMayNotAssignMembers() {
        givenRegistered(CLINICIAN_ASSIGNED)
                .when(new AssignCareTeamMember(PATIENT, member(NURSE), CareTeamRole.MEMBER, null, CLINICIAN))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "AUDITOR", "PATIENT", "DEVICE"})
    void onlyNursesAndCliniciansMayJoinACareTeam(Role role) {
        StaffMember notACareGiver = new StaffMember(user(30), role, ORG);
        givenRegistered()
                .when(new AssignCareTeamMember(PATIENT, notACareGiver, CareTeamRole.MEMBER, null, ADMIN))
                .expectNoEvents()
                .expectException(NotEligibleForCareTeam.class);
    }

    @Test
    void nurseMayNotBeThePrimaryClinician() {
        givenRegistered()
                .when(new AssignCareTeamMember(PATIENT, member(NURSE), CareTeamRole.PRIMARY, null, ADMIN))
                .expectNoEvents()
                .expectException(NotEligibleForCareTeam.class);
    }

    @Test
    void careTeamHasAtMostOnePrimaryClinician() {
        givenRegistered(CLINICIAN_ASSIGNED)
                .when(new AssignCareTeamMember(PATIENT, member(OTHER_CLINICIAN), CareTeamRole.PRIMARY, null, ADMIN))
                .expectNoEvents()
                .expectException(PrimaryClinicianAlreadyAssigned.class);
    }

    @Test
    void memberCannotBeAssignedTwice() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new AssignCareTeamMember(PATIENT, member(NURSE), CareTeamRole.MEMBER, null, ADMIN))
                .expectNoEvents()
                .expectException(AlreadyOnCareTeam.class);
    }

    @Test
    void staffOfAnotherOrganizationIsUnknownToTheCareTeam() {
        givenRegistered()
                .when(new AssignCareTeamMember(PATIENT, member(FOREIGN_CLINICIAN), CareTeamRole.MEMBER, null, ADMIN))
                .expectNoEvents()
                .expectException(StaffMemberUnknown.class);
    }

    @Test
    void removingAMemberTakesThemOffTheCareTeam() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new RemoveCareTeamMember(PATIENT, NURSE.userId(), null, ADMIN))
                .expectEvents(NURSE_REMOVED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void removingSomeoneNotOnTheCareTeamIsRefused() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new RemoveCareTeamMember(PATIENT, OTHER_NURSE.userId(), null, ADMIN))
                .expectNoEvents()
                .expectException(NotOnCareTeam.class);
    }

    @Test
    void nurseOnTheCareTeamMayNotRemoveMembers() {
        givenRegistered(NURSE_ASSIGNED, CLINICIAN_ASSIGNED)
                .when(new RemoveCareTeamMember(PATIENT, CLINICIAN.userId(), null, NURSE))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void removedNurseNoLongerFindsThePatient() {
        givenRegistered(NURSE_ASSIGNED, NURSE_REMOVED)
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CLINICIAN, NOW, null, NURSE))
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    // discharge

    @Test
    void clinicianOnTheCareTeamMayDischargeThePatient() {
        givenRegistered(NURSE_ASSIGNED, CLINICIAN_ASSIGNED)
                .when(new DischargePatient(PATIENT, null, CLINICIAN))
                .expectEvents(DISCHARGED)
                .expectResultMessagePayload(3L);
    }

    @Test
    void nurseOnTheCareTeamMayNotDischargeThePatient() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new DischargePatient(PATIENT, null, NURSE))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @ParameterizedTest
    @MethodSource("commandsAllowedOnAnOpenRecord")
    void dischargedRecordNoLongerChanges(Object command) {
        givenRegistered(NURSE_ASSIGNED, CLINICIAN_ASSIGNED, DISCHARGED)
                .when(command)
                .expectNoEvents()
                .expectException(PatientIsDischarged.class);
    }

    // Each command would succeed on the record before discharge.
    static Stream<Named<Object>> commandsAllowedOnAnOpenRecord() {
        return Stream.of(
                Named.of("update demographics", new UpdateDemographics(PATIENT, CORRECTED_DEMOGRAPHICS, null, ADMIN)),
                Named.of("update contact details", new UpdateContactDetails(PATIENT, NEW_CONTACT, null, PATIENT_USER)),
                Named.of("assign care-team member", new AssignCareTeamMember(PATIENT, member(OTHER_NURSE),
                        CareTeamRole.MEMBER, null, ADMIN)),
                Named.of("remove care-team member", new RemoveCareTeamMember(PATIENT, NURSE.userId(), null, ADMIN)),
                Named.of("record vital signs", new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CLINICIAN,
                        NOW, null, NURSE)),
                Named.of("submit check-in", new SubmitCheckIn(PATIENT, ANSWERS, null, PATIENT_USER)),
                Named.of("discharge", new DischargePatient(PATIENT, null, CLINICIAN)));
    }

    @ParameterizedTest
    @MethodSource("commandsFromAnotherOrganization")
    void dischargedRecordStillHidesItselfFromAnotherOrganization(Object command) {
        givenRegistered(NURSE_ASSIGNED, CLINICIAN_ASSIGNED, DISCHARGED)
                .when(command)
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    @Test
    void aWriteBasedOnAnOlderVersionIsRefused() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new UpdateContactDetails(PATIENT, NEW_CONTACT, 0L, ADMIN))
                .expectNoEvents()
                .expectException(VersionMismatch.class);
    }

    @Test
    void aWriteBasedOnTheCurrentVersionIsAccepted() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new UpdateContactDetails(PATIENT, NEW_CONTACT, 1L, ADMIN))
                .expectEvents(new ContactDetailsUpdated(PATIENT, NEW_CONTACT, ADMIN.userId()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aStaleVersionFromAnotherOrganizationStillReadsAsNotFound() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new UpdateContactDetails(PATIENT, NEW_CONTACT, 0L, FOREIGN_ADMIN))
                .expectNoEvents()
                .expectException(PatientNotFound.class);
    }

    @Test
    void nobodyRegistersAPatientIntoAnotherOrganization() {
        fixture.givenCurrentTime(NOW)
                .when(new RegisterPatient(PATIENT, ORG, MRN, DEMOGRAPHICS, CONTACT, FOREIGN_ADMIN))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void aDeviceCannotPassItsReadingOffAsAClinicians() {
        givenRegistered()
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.CLINICIAN, NOW, null, DEVICE))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void aNurseMayEnterADevicesReading() {
        givenRegistered(NURSE_ASSIGNED)
                .when(new RecordVitalSigns(PATIENT, NORMAL_VITALS, VitalSignsSource.DEVICE, NOW, null, NURSE))
                .expectSuccessfulHandlerExecution();
    }

    private TestExecutor<Patient> givenRegistered(Object... laterEvents) {
        return fixture.givenCurrentTime(NOW).andGiven(REGISTERED).andGiven(laterEvents);
    }

    private static RegisterPatient register(Actor by, Demographics demographics) {
        return new RegisterPatient(PATIENT, ORG, MRN, demographics, CONTACT, by);
    }

    private static Demographics bornOn(LocalDate birthDate) {
        return new Demographics(DEMOGRAPHICS.name(), birthDate, DEMOGRAPHICS.sex());
    }

    private static StaffMember member(Actor staff) {
        return new StaffMember(staff.userId(), staff.role(), staff.organizationId());
    }

    private static UserId user(int n) {
        return UserId.of(String.format("5e0c2d1a-0000-4000-8000-%012d", n));
    }
}

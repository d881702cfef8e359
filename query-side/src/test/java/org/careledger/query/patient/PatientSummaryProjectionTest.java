package org.careledger.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.patient.PatientEvents.CLINICIAN;
import static org.careledger.query.patient.PatientEvents.NURSE;
import static org.careledger.query.patient.PatientEvents.ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.REGISTRAR;
import static org.careledger.query.patient.PatientEvents.T0;
import static org.careledger.query.patient.PatientEvents.assigned;
import static org.careledger.query.patient.PatientEvents.registered;
import static org.careledger.query.patient.PatientEvents.removed;
import static org.careledger.query.patient.PatientEvents.vitals;

import java.time.LocalDate;
import java.util.List;
import org.careledger.api.patient.CareTeamEntry;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.DemographicsUpdated;
import org.careledger.api.patient.LatestNews2;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.PatientSummary;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProjectionTest
class PatientSummaryProjectionTest {
    private static final PatientId PATIENT = PatientId.of("5d0c8a4e-0000-4000-8000-000000000001");
    private static final Demographics NEW_DEMOGRAPHICS =
            new Demographics(new PersonName("Ada", "Byron"), LocalDate.of(1951, 5, 13), Sex.OTHER);
    private static final ContactDetails NEW_CONTACT = new ContactDetails("ada@example.org", null, null);
    private static final CheckInAnswers ANSWERS = new CheckInAnswers(SymptomSeverity.NONE, SymptomSeverity.MILD,
            SymptomSeverity.NONE, SymptomSeverity.NONE, SymptomSeverity.NONE, "slept badly");

    @Autowired PatientSummaryProjection projection;
    @Autowired VitalSignsProjection vitalSigns;
    @Autowired PatientSummaryRepository summaries;
    @Autowired CareTeamMemberRepository careTeam;
    @Autowired PatientViewMapper mapper;

    @BeforeEach
    void startEmpty() {
        projection.reset();
        vitalSigns.reset();
    }

    @Test
    void registrationCreatesAnActiveSummaryAtTheEventsSequence() {
        projection.on(registered(PATIENT, ORGANIZATION, "MRN000001", "Grace", "Hopper"), 0, T0);

        PatientSummary summary = summary();
        assertThat(summary.mrn()).isEqualTo("MRN000001");
        assertThat(summary.givenName()).isEqualTo("Grace");
        assertThat(summary.familyName()).isEqualTo("Hopper");
        assertThat(summary.birthDate()).isEqualTo(LocalDate.of(1950, 4, 12));
        assertThat(summary.phone()).isEqualTo("+447700900123");
        assertThat(summary.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(summary.registeredAt()).isEqualTo(T0);
        assertThat(summary.careTeam()).isEmpty();
        assertThat(summary.latestNews2()).isNull();
        assertThat(summary.version()).isZero();
    }

    @Test
    void demographicsAndContactDetailsAreReplacedWhole() {
        register();
        projection.on(new DemographicsUpdated(PATIENT, NEW_DEMOGRAPHICS, REGISTRAR), 1);
        projection.on(new ContactDetailsUpdated(PATIENT, NEW_CONTACT, REGISTRAR), 2);

        PatientSummary summary = summary();
        assertThat(summary.familyName()).isEqualTo("Byron");
        assertThat(summary.sex()).isEqualTo(Sex.OTHER);
        assertThat(summary.email()).isEqualTo("ada@example.org");
        assertThat(summary.phone()).isNull();
        assertThat(summary.version()).isEqualTo(2);
    }

    @Test
    void assignedMembersJoinTheCareTeamAndRemovedOnesLeaveIt() {
        register();
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1, T0.plusSeconds(60));
        projection.on(assigned(PATIENT, CLINICIAN, Role.CLINICIAN), 2, T0.plusSeconds(120));
        projection.on(removed(PATIENT, NURSE), 3);

        assertThat(summary().careTeam()).containsExactly(
                new CareTeamEntry(CLINICIAN.value(), Role.CLINICIAN, CareTeamRole.MEMBER, T0.plusSeconds(120)));
        assertThat(summary().version()).isEqualTo(3);
    }

    @Test
    void latestNews2IsThatOfTheLatestObservationNotTheLatestRecorded() {
        register();
        projection.on(vitals(PATIENT, 3, News2Risk.LOW, T0.plusSeconds(600)), 1);
        projection.on(vitals(PATIENT, 7, News2Risk.HIGH, T0.plusSeconds(300)), 2);

        assertThat(summary().latestNews2()).isEqualTo(new LatestNews2(3, News2Risk.LOW, true, T0.plusSeconds(600)));
        assertThat(summary().version()).isEqualTo(2);
    }

    @Test
    void checkInOnlyMovesTheVersionAndTheLastCheckInTime() {
        register();
        PatientSummary before = summary();

        projection.on(new CheckInSubmitted(PATIENT, ANSWERS, REGISTRAR), 1, T0.plusSeconds(900));

        PatientSummary after = summary();
        assertThat(after.lastCheckInAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(after.version()).isEqualTo(1);
        assertThat(after).usingRecursiveComparison().ignoringFields("lastCheckInAt", "version").isEqualTo(before);
    }

    @Test
    void dischargeMarksThePatientDischargedAtTheEventTime() {
        register();
        projection.on(new PatientDischarged(PATIENT, REGISTRAR), 1, T0.plusSeconds(3600));

        assertThat(summary().status()).isEqualTo(PatientStatus.DISCHARGED);
        assertThat(summary().dischargedAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void deliveringEveryEventTwiceLeavesTheSameStateAndRowCounts() {
        history().forEach(Runnable::run);
        PatientSummary once = summary();
        long summaryRows = summaries.count();
        long careTeamRows = careTeam.count();

        history().forEach(delivery -> {
            delivery.run();
            delivery.run();
        });
        history().forEach(Runnable::run);

        assertThat(summary()).isEqualTo(once);
        assertThat(summaries.count()).isEqualTo(summaryRows).isEqualTo(1);
        assertThat(careTeam.count()).isEqualTo(careTeamRows).isEqualTo(1);
    }

    @Test
    void aRedeliveredOlderEventNeverMovesTheVersionBackwards() {
        history().forEach(Runnable::run);

        projection.on(new DemographicsUpdated(PATIENT, NEW_DEMOGRAPHICS, REGISTRAR), 1);
        projection.on(registered(PATIENT, ORGANIZATION, "MRN999999", "Other", "Person"), 0, T0.plusSeconds(5));

        assertThat(summary().version()).isEqualTo(history().size() - 1);
        assertThat(summary().familyName()).isEqualTo("Lovelace");
        assertThat(summary().mrn()).isEqualTo("MRN000001");
    }

    @Test
    void resetEmptiesTheSummaryAndCareTeamTables() {
        history().forEach(Runnable::run);

        projection.reset();

        assertThat(summaries.count()).isZero();
        assertThat(careTeam.count()).isZero();
    }

    @Test
    void anEventForAnUnknownPatientChangesNothing() {
        projection.on(new DemographicsUpdated(PATIENT, NEW_DEMOGRAPHICS, REGISTRAR), 1);

        assertThat(summaries.count()).isZero();
    }

    private List<Runnable> history() {
        return List.of(
                this::register,
                () -> projection.on(new DemographicsUpdated(PATIENT, lovelace(), REGISTRAR), 1),
                () -> projection.on(new ContactDetailsUpdated(PATIENT, NEW_CONTACT, REGISTRAR), 2),
                () -> projection.on(assigned(PATIENT, NURSE, Role.NURSE), 3, T0.plusSeconds(60)),
                () -> projection.on(assigned(PATIENT, CLINICIAN, Role.CLINICIAN), 4, T0.plusSeconds(120)),
                () -> projection.on(vitals(PATIENT, 5, News2Risk.MEDIUM, T0.plusSeconds(180)), 5),
                () -> projection.on(removed(PATIENT, NURSE), 6),
                () -> projection.on(new CheckInSubmitted(PATIENT, ANSWERS, REGISTRAR), 7, T0.plusSeconds(240)),
                () -> projection.on(new PatientDischarged(PATIENT, REGISTRAR), 8, T0.plusSeconds(300)));
    }

    private static Demographics lovelace() {
        return new Demographics(new PersonName("Ada", "Lovelace"), LocalDate.of(1950, 12, 10), Sex.FEMALE);
    }

    private void register() {
        projection.on(registered(PATIENT, ORGANIZATION, "MRN000001", "Grace", "Hopper"), 0, T0);
    }

    private PatientSummary summary() {
        var view = summaries.findById(PATIENT.value()).orElseThrow();
        return mapper.toSummary(view, careTeam.findByPatientIdOrderByAssignedAtAscMemberIdAsc(PATIENT.value()));
    }
}

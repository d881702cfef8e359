package org.careledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.DemographicsUpdated;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/** The record at an instant is a fold over the events up to that instant, and nothing else. */
class PatientRecordFoldTest {
    private static final PatientId PATIENT = PatientId.of("5a1d0c1e-0000-4000-8000-000000000001");
    private static final OrganizationId ORGANIZATION = OrganizationId.of("5a1d0c1e-0000-4000-8000-0000000000f1");
    private static final UserId ADMIN = UserId.of("5a1d0c1e-0000-4000-8000-0000000000a1");
    private static final UserId NURSE = UserId.of("5a1d0c1e-0000-4000-8000-0000000000a2");
    private static final UserId CLINICIAN = UserId.of("5a1d0c1e-0000-4000-8000-0000000000a3");
    private static final AlertId ALERT = AlertId.of("5a1d0c1e-0000-4000-8000-0000000000b1");
    private static final AppointmentId APPOINTMENT = AppointmentId.of("5a1d0c1e-0000-4000-8000-0000000000c1");
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private final List<PatientRecordFold.Recorded> events = new ArrayList<>();

    @Test
    void beforeTheRegistrationThereIsNoRecord() {
        recorded(0, registered());
        recorded(5, renamed("Later"));

        assertThat(PatientRecordFold.asOf(PATIENT.value(), events, T0.minusSeconds(1))).isEmpty();
        assertThat(PatientRecordFold.asOf(PATIENT.value(), events, T0)).isPresent();
    }

    @Test
    void demographicsAreThoseInForceAtTheInstant() {
        recorded(0, registered());
        recorded(10, renamed("Second"));
        recorded(20, renamed("Third"));

        assertThat(familyNameAt(9)).isEqualTo("First");
        assertThat(familyNameAt(10)).isEqualTo("Second");
        assertThat(familyNameAt(19)).isEqualTo("Second");
        assertThat(familyNameAt(25)).isEqualTo("Third");
        assertThat(at(25).version()).isEqualTo(2);
        assertThat(at(15).version()).isEqualTo(1);
    }

    @Test
    void theCareTeamFollowsAssignmentsAndRemovals() {
        recorded(0, registered());
        recorded(1, new CareTeamMemberAssigned(PATIENT, NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN));
        recorded(2, new CareTeamMemberAssigned(PATIENT, CLINICIAN, Role.CLINICIAN, CareTeamRole.PRIMARY, ADMIN));
        recorded(3, new CareTeamMemberRemoved(PATIENT, NURSE, ADMIN));

        assertThat(at(2).careTeam()).extracting(PatientRecordAsOf.CareTeamMember::memberId)
                .containsExactly(NURSE.value(), CLINICIAN.value());
        assertThat(at(3).careTeam()).extracting(PatientRecordAsOf.CareTeamMember::memberId)
                .containsExactly(CLINICIAN.value());
    }

    @Test
    void latestVitalsAreTheLatestObservationNotTheLatestUpload() {
        recorded(0, registered());
        recorded(10, vitals(70, T0.plusSeconds(9)));
        recorded(20, vitals(110, T0.plusSeconds(19)));
        recorded(30, vitals(50, T0.plusSeconds(2))); // a late upload of an early reading

        assertThat(at(5).latestVitals()).isNull();
        assertThat(at(15).latestVitals().vitalSigns().heartRate()).isEqualTo(70);
        assertThat(at(30).latestVitals().vitalSigns().heartRate()).isEqualTo(110);
        assertThat(at(30).latestVitals().recordedAt()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void openAlertsAreThoseRaisedAndNotYetClosed() {
        recorded(0, registered());
        recorded(10, new AlertRaised(ALERT, PATIENT, ORGANIZATION, AlertType.MANUAL, Severity.HIGH, "pale", NURSE));
        recorded(20, new AlertAcknowledged(ALERT, NURSE));
        recorded(30, new AlertResolved(ALERT, "reviewed", CLINICIAN));

        assertThat(at(9).openAlerts()).isEmpty();
        assertThat(at(10).openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.RAISED);
            assertThat(a.level()).isEqualTo(1);
        });
        assertThat(at(25).openAlerts().get(0).status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(at(30).openAlerts()).isEmpty();
    }

    @Test
    void appointmentsCarryTheirStatusAndTimeAtTheInstant() {
        Instant start = Instant.parse("2026-02-01T10:00:00Z");
        recorded(0, registered());
        recorded(10, new AppointmentBooked(APPOINTMENT, PATIENT, ORGANIZATION, CLINICIAN, AppointmentType.FOLLOW_UP,
                start, 30, "review", null, false, ADMIN));
        recorded(20, new AppointmentRescheduled(APPOINTMENT, PATIENT, CLINICIAN, start.plusSeconds(3600), 45, start,
                ADMIN));
        recorded(30, new AppointmentCancelled(APPOINTMENT, PATIENT, "patient unwell", ADMIN));

        assertThat(at(15).appointments()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(a.start()).isEqualTo(start);
        });
        assertThat(at(25).appointments().get(0).durationMinutes()).isEqualTo(45);
        assertThat(at(35).appointments().get(0).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void dischargeIsPartOfTheRecordFromItsInstantOn() {
        recorded(0, registered());
        recorded(40, new PatientDischarged(PATIENT, CLINICIAN));

        assertThat(at(39).status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(at(40).status()).isEqualTo(PatientStatus.DISCHARGED);
        assertThat(at(40).dischargedAt()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void eventsAreFoldedInTimeOrderWhateverOrderTheyArriveIn() {
        recorded(20, renamed("Second"));
        recorded(0, registered());

        assertThat(familyNameAt(30)).isEqualTo("Second");
    }

    private void recorded(int seconds, Object payload) {
        events.add(new PatientRecordFold.Recorded(payload, T0.plusSeconds(seconds), events.size()));
    }

    private PatientRecordAsOf at(int seconds) {
        return PatientRecordFold.asOf(PATIENT.value(), events, T0.plusSeconds(seconds)).orElseThrow();
    }

    private String familyNameAt(int seconds) {
        return at(seconds).demographics().name().familyName();
    }

    private static PatientRegistered registered() {
        return new PatientRegistered(PATIENT, ORGANIZATION, new Mrn("FOLD000001"), demographics("First"),
                new ContactDetails("fold@example.org", null, null), ADMIN);
    }

    private static DemographicsUpdated renamed(String familyName) {
        return new DemographicsUpdated(PATIENT, demographics(familyName), ADMIN);
    }

    private static Demographics demographics(String familyName) {
        return new Demographics(new PersonName("Ada", familyName), LocalDate.of(1950, 4, 12), Sex.FEMALE);
    }

    private static VitalSignsRecorded vitals(int heartRate, Instant observedAt) {
        var signs = new VitalSigns(heartRate, 18, 96, 128, new BigDecimal("37.2"), Consciousness.ALERT, false);
        var news2 = new News2Score(1, 0, 0, 0, 0, 0, 0, 0, true, News2Risk.LOW);
        return new VitalSignsRecorded(PATIENT, signs, news2, VitalSignsSource.DEVICE, observedAt, NURSE);
    }
}

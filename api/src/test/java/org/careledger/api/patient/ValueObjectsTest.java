package org.careledger.api.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    private static final String MRN = "QX7731904";
    private static final String GIVEN_NAME = "Philippa";
    private static final String FAMILY_NAME = "Wetherall";
    private static final LocalDate BIRTH_DATE = LocalDate.parse("1958-11-23");
    private static final String EMAIL = "philippa.wetherall@example.org";
    private static final String PHONE = "+447700900987";
    private static final String ADDRESS = "14 Larkspur Close, Bristol";
    private static final String NOTES = "tightness since the stairs this morning";
    private static final UUID RAW_ID = UUID.fromString("3f2b8e4a-9c1d-4e7f-8a6b-5d4c3b2a1908");

    @Test
    void mrnDoesNotShowItsValue() {
        assertThat(new Mrn(MRN).toString()).doesNotContain(MRN);
    }

    @Test
    void personNameDoesNotShowTheName() {
        assertThat(new PersonName(GIVEN_NAME, FAMILY_NAME).toString())
                .doesNotContain(GIVEN_NAME).doesNotContain(FAMILY_NAME);
    }

    @Test
    void contactDetailsDoNotShowHowToReachThePatient() {
        assertThat(new ContactDetails(EMAIL, PHONE, ADDRESS).toString())
                .doesNotContain(EMAIL).doesNotContain(PHONE).doesNotContain(ADDRESS);
    }

    @Test
    void demographicsDoNotShowWhoThePatientIs() {
        String shown = new Demographics(new PersonName(GIVEN_NAME, FAMILY_NAME), BIRTH_DATE, Sex.FEMALE).toString();

        assertThat(shown).doesNotContain(GIVEN_NAME).doesNotContain(FAMILY_NAME)
                .doesNotContain(BIRTH_DATE.toString()).doesNotContain("1958");
    }

    @Test
    void checkInAnswersDoNotShowThePatientsNotes() {
        CheckInAnswers answers = new CheckInAnswers(SymptomSeverity.MILD, SymptomSeverity.NONE, SymptomSeverity.NONE,
                SymptomSeverity.NONE, SymptomSeverity.NONE, NOTES);

        assertThat(answers.toString()).doesNotContain(NOTES).doesNotContain("stairs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qx7731904", "QX773"})
    void mrnRefusesLowerCaseAndShortValuesWithoutEchoingThem(String bad) {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> new Mrn(bad));

        assertThat(refused.field()).isEqualTo("mrn");
        assertThat(refused.getMessage()).doesNotContain(bad);
    }

    @Test
    void patientIdShowsTheRawUuidBecauseAxonRoutesByIt() {
        assertThat(new PatientId(RAW_ID).toString()).isEqualTo(RAW_ID.toString());
    }

    @Test
    void vitalSignsRefuseAnImpossibleValueNamingTheField() {
        assertThatThrownBy(() -> new VitalSigns(301, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("heartRate"));
        assertThatThrownBy(() -> new VitalSigns(null, null, null, null, new BigDecimal("45.1"), null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("temperature"));
    }

    @Test
    void temperatureIsReadToOneDecimalAsNews2BandsAre() {
        assertThatThrownBy(() -> new VitalSigns(null, null, null, null, new BigDecimal("36.85"), null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.getMessage()).contains("one decimal"));
        assertThat(new VitalSigns(null, null, null, null, new BigDecimal("36.80"), null, null).temperature())
                .isEqualByComparingTo("36.8");
    }

    @Test
    void vitalSignsRefuseASetWithoutAnyObservation() {
        assertThatThrownBy(() -> new VitalSigns(null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("vitalSigns"));
    }

    @Test
    void vitalSignViolationsListEveryImpossibleValueAtOnce() {
        List<InvalidValue> violations = VitalSigns.violations(19, 81, 49, 301, new BigDecimal("24.9"));

        assertThat(violations).extracting(InvalidValue::field).containsExactly(
                "heartRate", "respiratoryRate", "oxygenSaturation", "systolicBloodPressure", "temperature");
    }

    @Test
    void vitalSignViolationsAreEmptyForPossibleValues() {
        assertThat(VitalSigns.violations(20, 80, 50, 300, new BigDecimal("45.0"))).isEmpty();
    }

    @Test
    void contactDetailsTreatBlanksAsAbsent() {
        ContactDetails contact = new ContactDetails(" ", "", "\t");

        assertThat(contact).isEqualTo(ContactDetails.none());
        assertThat(contact.email()).isNull();
        assertThat(contact.phone()).isNull();
        assertThat(contact.address()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700900987", "+0447700900987", "+44 7700 900987", "+12"})
    void contactDetailsRefuseAPhoneNumberNotInE164Form(String phone) {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> new ContactDetails(null, phone, null));

        assertThat(refused.field()).isEqualTo("phone");
        assertThat(refused.getMessage()).doesNotContain(phone);
    }

    @Test
    void alertFreeTextNeverShowsInToString() {
        var alert = org.careledger.api.alert.AlertId.newId();
        assertThat(new org.careledger.api.alert.AlertNoteAdded(alert, "Mrs Example fell at home", null).toString())
                .doesNotContain("Example").contains(alert.toString());
        assertThat(new org.careledger.api.alert.ResolveAlert(alert, "seen Mrs Example", null).toString())
                .doesNotContain("Example");
        assertThat(new org.careledger.api.alert.AlertCancelled(alert, "wrong Mrs Example", null).toString())
                .doesNotContain("Example");
    }
}

package org.careledger.command.patient;

import static org.careledger.command.web.Fields.both;
import static org.careledger.command.web.Fields.checked;
import static org.careledger.command.web.Fields.date;
import static org.careledger.command.web.Fields.field;
import static org.careledger.command.web.Fields.instant;
import static org.careledger.command.web.Fields.oneOf;
import static org.careledger.command.web.Fields.optionalOneOf;
import static org.careledger.command.web.Fields.required;
import static org.careledger.command.web.Fields.uuid;

import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.DischargeReason;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.shared.FieldError;
import org.careledger.command.web.Fields;

/**
 * The JSON bodies the patient endpoints accept. Dates, instants and codes arrive as strings and are
 * parsed here, so that every bad field is reported in one response.
 */
final class PatientRequests {
    private PatientRequests() {}

    record Registration(String patientId, String mrn, String givenName, String familyName, String birthDate,
            String sex, String email, String phone, String address) {
        Validation<Seq<FieldError>, Registered> validate() {
            var identity = Validation.combine(uuid("patientId", patientId), field(() -> new Mrn(mrn)),
                            namePart("givenName", givenName), namePart("familyName", familyName),
                            date("birthDate", birthDate), oneOf("sex", sex, Sex.class))
                    .ap((id, number, given, family, born, s) ->
                            new Registered(id, number, new Demographics(new PersonName(given, family), born, s), null));
            return both(identity, contactDetails(email, phone, address))
                    .map(valid -> valid._1.withContactDetails(valid._2));
        }
    }

    record Registered(UUID patientId, Mrn mrn, Demographics demographics, ContactDetails contactDetails) {
        Registered withContactDetails(ContactDetails contact) {
            return new Registered(patientId, mrn, demographics, contact);
        }
    }

    record DemographicsChange(String givenName, String familyName, String birthDate, String sex) {
        Validation<Seq<FieldError>, Demographics> validate() {
            return Validation.combine(namePart("givenName", givenName), namePart("familyName", familyName),
                            date("birthDate", birthDate), oneOf("sex", sex, Sex.class))
                    .ap((given, family, born, s) -> new Demographics(new PersonName(given, family), born, s));
        }
    }

    record Discharge(String reason) {
        Validation<Seq<FieldError>, DischargeReason> validate() {
            return Fields.single(optionalOneOf("reason", reason, DischargeReason.class));
        }
    }

    record ContactChange(String email, String phone, String address) {
        ContactDetails validate() {
            return Fields.orRefuse(contactDetails(email, phone, address));
        }
    }

    record CareTeamAssignment(String memberId, String teamRole) {
        Validation<Seq<FieldError>, Assignment> validate() {
            return Validation.combine(uuid("memberId", memberId).flatMap(id -> required("memberId", id)),
                            teamRole == null ? Validation.<FieldError, CareTeamRole>valid(CareTeamRole.MEMBER)
                                    : oneOf("teamRole", teamRole, CareTeamRole.class))
                    .ap(Assignment::new);
        }
    }

    record Assignment(UUID memberId, CareTeamRole teamRole) {}

    record Observation(String observedAt, Integer heartRate, Integer respiratoryRate, Integer oxygenSaturation,
            Integer systolicBloodPressure, BigDecimal temperature, String consciousness, Boolean supplementalOxygen) {
        Validation<Seq<FieldError>, Observed> validate() {
            Seq<FieldError> outOfRange = io.vavr.collection.List.ofAll(VitalSigns.violations(
                            heartRate, respiratoryRate, oxygenSaturation, systolicBloodPressure, temperature))
                    .map(FieldError::of);
            var parsed = Validation.combine(instant("observedAt", observedAt),
                            optionalOneOf("consciousness", consciousness, Consciousness.class))
                    .ap(Tuple::of);
            if (parsed.isInvalid() || !outOfRange.isEmpty()) {
                return Validation.invalid(
                        parsed.fold(errors -> errors, ok -> io.vavr.collection.List.<FieldError>empty()).appendAll(outOfRange));
            }
            var atAndAcvpu = parsed.get();
            return Validation.valid(new Observed(new VitalSigns(heartRate, respiratoryRate, oxygenSaturation,
                    systolicBloodPressure, temperature, atAndAcvpu._2, supplementalOxygen), atAndAcvpu._1));
        }
    }

    record Observed(VitalSigns vitalSigns, Instant observedAt) {}

    record CheckIn(String chestPain, String breathlessness, String palpitations, String dizziness, String swelling,
            String notes) {
        Validation<Seq<FieldError>, CheckInAnswers> validate() {
            return Validation.combine(oneOf("chestPain", chestPain, SymptomSeverity.class),
                            oneOf("breathlessness", breathlessness, SymptomSeverity.class),
                            oneOf("palpitations", palpitations, SymptomSeverity.class),
                            oneOf("dizziness", dizziness, SymptomSeverity.class),
                            oneOf("swelling", swelling, SymptomSeverity.class))
                    .ap((chest, breath, palpit, dizzy, swell) ->
                            new CheckInAnswers(chest, breath, palpit, dizzy, swell, notes));
        }
    }

    private static Validation<Seq<FieldError>, ContactDetails> contactDetails(String email, String phone, String address) {
        return checked(ContactDetails.violations(email, phone, address), () -> new ContactDetails(email, phone, address));
    }

    private static Validation<FieldError, String> namePart(String name, String value) {
        return field(() -> PersonName.part(name, value));
    }
}

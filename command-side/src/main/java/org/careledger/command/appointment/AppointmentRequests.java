package org.careledger.command.appointment;

import static org.careledger.command.web.Fields.field;
import static org.careledger.command.web.Fields.instant;
import static org.careledger.command.web.Fields.oneOf;
import static org.careledger.command.web.Fields.required;
import static org.careledger.command.web.Fields.single;
import static org.careledger.command.web.Fields.uuid;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.shared.FieldError;

/** The JSON bodies the appointment endpoints accept; codes and times arrive as strings so every bad field is reported at once. */
final class AppointmentRequests {
    private AppointmentRequests() {}

    /** Staff book for a patient. */
    record Booking(String patientId, String clinicianId, String type, String start, Integer durationMinutes,
            String reason, String joinLink) {
        Validation<Seq<FieldError>, Booked> validate() {
            var kind = oneOf("type", type, AppointmentType.class);
            // the join link depends on the type: judged only once the type is known
            Validation<FieldError, String> link = kind.isValid()
                    ? field(() -> AppointmentTerms.joinLink(kind.get(), joinLink)) : Validation.valid(null);
            return Validation.combine(id("patientId", patientId), id("clinicianId", clinicianId), kind,
                            time("start", start), field(() -> AppointmentTerms.duration(durationMinutes)),
                            field(() -> AppointmentTerms.optionalReason(reason)), link)
                    .ap(Booked::new);
        }
    }

    record Booked(UUID patientId, UUID clinicianId, AppointmentType type, Instant start, int durationMinutes,
            String reason, String joinLink) {}

    /** A patient asks for an appointment for themselves; VIDEO links are added by staff when they confirm. */
    record Request(String clinicianId, String type, String start, Integer durationMinutes, String reason) {
        Validation<Seq<FieldError>, Requested> validate() {
            return Validation.combine(id("clinicianId", clinicianId), oneOf("type", type, AppointmentType.class),
                            time("start", start), field(() -> AppointmentTerms.duration(durationMinutes)),
                            field(() -> AppointmentTerms.optionalReason(reason)))
                    .ap(Requested::new);
        }
    }

    record Requested(UUID clinicianId, AppointmentType type, Instant start, int durationMinutes, String reason) {}

    /** The join link is checked against the appointment's type by the Appointment, which knows it. */
    record Confirmation(String joinLink) {}

    record Reschedule(String start, Integer durationMinutes) {
        Validation<Seq<FieldError>, Rescheduled> validate() {
            return Validation.combine(time("start", start), field(() -> AppointmentTerms.duration(durationMinutes)))
                    .ap(Rescheduled::new);
        }
    }

    record Rescheduled(Instant start, int durationMinutes) {}

    record Reason(String reason) {
        Validation<Seq<FieldError>, String> validate() {
            return single(field(() -> AppointmentTerms.reason(reason)));
        }
    }

    private static Validation<FieldError, UUID> id(String name, String value) {
        return uuid(name, value).flatMap(id -> required(name, id));
    }

    private static Validation<FieldError, Instant> time(String name, String value) {
        return instant(name, value).flatMap(at -> required(name, at));
    }
}

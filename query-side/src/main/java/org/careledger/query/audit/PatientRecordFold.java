package org.careledger.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.DemographicsUpdated;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.query.audit.PatientRecordAsOf.Appointment;
import org.careledger.query.audit.PatientRecordAsOf.CareTeamMember;
import org.careledger.query.audit.PatientRecordAsOf.LatestVitals;
import org.careledger.query.audit.PatientRecordAsOf.OpenAlert;

/**
 * The record of one patient at an instant, as a pure fold over the events of the patient's, alerts' and appointments'
 * streams: no clock, no database, no current view. Events after the instant are ignored; events are applied in the
 * order they were recorded. Without a registration by then there is no record.
 */
final class PatientRecordFold {

    /** One stored event: its payload, when it was recorded, and its place in the store (to order equal times). */
    record Recorded(Object payload, Instant recordedAt, long position) {}

    private PatientRecordFold() {}

    static Optional<PatientRecordAsOf> asOf(UUID patientId, List<Recorded> events, Instant at) {
        var state = new State(patientId);
        events.stream()
                .filter(e -> !e.recordedAt().isAfter(at))
                .sorted(Comparator.comparing(Recorded::recordedAt).thenComparingLong(Recorded::position))
                .forEach(state::apply);
        return state.registered == null ? Optional.empty() : Optional.of(state.result(at));
    }

    private static final class State {
        private final UUID patientId;
        private PatientRegistered registered;
        private PatientRecordAsOf base;
        private long version = -1;
        private Instant lastEventAt;
        private Instant dischargedAt;
        private Instant lastCheckInAt;
        private LatestVitals latestVitals;
        private final Map<UUID, CareTeamMember> careTeam = new LinkedHashMap<>();
        private final Map<UUID, OpenAlert> alerts = new LinkedHashMap<>();
        private final Map<UUID, Appointment> appointments = new LinkedHashMap<>();

        State(UUID patientId) {
            this.patientId = patientId;
        }

        void apply(Recorded event) {
            Instant at = event.recordedAt();
            Object payload = event.payload();
            if (registered == null && !(payload instanceof PatientRegistered)) {
                return; // nothing exists before the registration
            }
            lastEventAt = at;
            if (payloadOfPatientStream(payload)) {
                version++;
            }
            if (payload instanceof PatientRegistered e) {
                registered = e;
                base = new PatientRecordAsOf(patientId, null, 0, at, e.organizationId().value(), e.mrn(),
                        e.demographics(), e.contactDetails(), PatientStatus.ACTIVE, at, null, List.of(), null, null,
                        List.of(), List.of());
            } else if (payload instanceof DemographicsUpdated e) {
                base = with(e.demographics(), base.contactDetails());
            } else if (payload instanceof ContactDetailsUpdated e) {
                base = with(base.demographics(), e.contactDetails());
            } else if (payload instanceof CareTeamMemberAssigned e) {
                careTeam.put(e.memberId().value(),
                        new CareTeamMember(e.memberId().value(), e.memberRole(), e.teamRole(), at));
            } else if (payload instanceof CareTeamMemberRemoved e) {
                careTeam.remove(e.memberId().value());
            } else if (payload instanceof VitalSignsRecorded e) {
                // the latest observation, not the latest upload: a late upload of an older reading does not win
                if (latestVitals == null || !e.observedAt().isBefore(latestVitals.observedAt())) {
                    latestVitals = new LatestVitals(e.vitalSigns(), e.news2(), e.observedAt(), at);
                }
            } else if (payload instanceof CheckInSubmitted) {
                lastCheckInAt = at;
            } else if (payload instanceof PatientDischarged) {
                dischargedAt = at;
            } else if (!applyAlert(payload, at)) {
                applyAppointment(payload);
            }
        }

        private boolean applyAlert(Object payload, Instant at) {
            if (payload instanceof AlertRaised e) {
                alerts.put(e.alertId().value(), new OpenAlert(e.alertId().value(), e.type(), e.severity(),
                        AlertStatus.RAISED, 1, e.summary(), at));
            } else if (payload instanceof AlertRecurred e) {
                alerts.computeIfPresent(e.alertId().value(), (id, a) -> new OpenAlert(id, a.type(), e.severity(),
                        a.status(), a.level(), e.summary(), a.raisedAt()));
            } else if (payload instanceof AlertEscalated e) {
                alerts.computeIfPresent(e.alertId().value(), (id, a) -> new OpenAlert(id, a.type(), a.severity(),
                        AlertStatus.ESCALATED, e.level(), a.summary(), a.raisedAt()));
            } else if (payload instanceof AlertAcknowledged e) {
                alerts.computeIfPresent(e.alertId().value(), (id, a) -> new OpenAlert(id, a.type(), a.severity(),
                        AlertStatus.ACKNOWLEDGED, a.level(), a.summary(), a.raisedAt()));
            } else if (payload instanceof AlertResolved e) {
                alerts.remove(e.alertId().value());
            } else if (payload instanceof AlertCancelled e) {
                alerts.remove(e.alertId().value());
            } else {
                return false; // notes and notification outcomes change nothing shown here
            }
            return true;
        }

        private void applyAppointment(Object payload) {
            if (payload instanceof AppointmentRequested e) {
                appointments.put(e.appointmentId().value(), new Appointment(e.appointmentId().value(),
                        AppointmentStatus.PROPOSED, e.type(), e.clinicianId().value(), e.start(), e.durationMinutes()));
            } else if (payload instanceof AppointmentBooked e) {
                appointments.put(e.appointmentId().value(), new Appointment(e.appointmentId().value(),
                        AppointmentStatus.BOOKED, e.type(), e.clinicianId().value(), e.start(), e.durationMinutes()));
            } else if (payload instanceof AppointmentRescheduled e) {
                appointments.computeIfPresent(e.appointmentId().value(), (id, a) -> new Appointment(id, a.status(),
                        a.type(), e.clinicianId() == null ? a.clinicianId() : e.clinicianId().value(), e.start(),
                        e.durationMinutes()));
            } else if (payload instanceof PatientCheckedIn e) {
                appointmentStatus(e.appointmentId().value(), AppointmentStatus.CHECKED_IN);
            } else if (payload instanceof AppointmentFulfilled e) {
                appointmentStatus(e.appointmentId().value(), AppointmentStatus.FULFILLED);
            } else if (payload instanceof AppointmentCancelled e) {
                appointmentStatus(e.appointmentId().value(), AppointmentStatus.CANCELLED);
            } else if (payload instanceof AppointmentNoShow e) {
                appointmentStatus(e.appointmentId().value(), AppointmentStatus.NOSHOW);
            } else if (payload instanceof AppointmentEnteredInError e) {
                appointmentStatus(e.appointmentId().value(), AppointmentStatus.ENTERED_IN_ERROR);
            } // reminders change nothing shown here
        }

        private void appointmentStatus(UUID appointmentId, AppointmentStatus status) {
            appointments.computeIfPresent(appointmentId,
                    (id, a) -> new Appointment(id, status, a.type(), a.clinicianId(), a.start(), a.durationMinutes()));
        }

        private PatientRecordAsOf with(Demographics demographics, ContactDetails contactDetails) {
            return new PatientRecordAsOf(patientId, null, 0, null, base.organizationId(), base.mrn(), demographics,
                    contactDetails, null, base.registeredAt(), null, List.of(), null, null, List.of(), List.of());
        }

        PatientRecordAsOf result(Instant at) {
            return new PatientRecordAsOf(patientId, at, version, lastEventAt, base.organizationId(), base.mrn(),
                    base.demographics(), base.contactDetails(),
                    dischargedAt == null ? PatientStatus.ACTIVE : PatientStatus.DISCHARGED, base.registeredAt(),
                    dischargedAt, new ArrayList<>(careTeam.values()), latestVitals, lastCheckInAt,
                    new ArrayList<>(alerts.values()), new ArrayList<>(appointments.values()));
        }

        private static boolean payloadOfPatientStream(Object payload) {
            return payload.getClass().getPackageName().equals(PatientRegistered.class.getPackageName());
        }
    }
}

package org.careledger.command.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.careledger.api.patient.AssignCareTeamMember;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.DemographicsUpdated;
import org.careledger.api.patient.DischargePatient;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.RecordVitalSigns;
import org.careledger.api.patient.RegisterPatient;
import org.careledger.api.patient.RemoveCareTeamMember;
import org.careledger.api.patient.SubmitCheckIn;
import org.careledger.api.patient.UpdateContactDetails;
import org.careledger.api.patient.UpdateDemographics;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;

/**
 * A patient's record. Command handlers return the record's new version, which the REST layer
 * hands back as the ETag for the next conditional write.
 */
@Aggregate(snapshotTriggerDefinition = "patientSnapshotTrigger", cache = "patientCache")
// Snapshots go through the Jackson serializer: it must see the private state, or a snapshot would
// restore an empty aggregate.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Patient {
    // Devices buffer readings and clocks drift: a reading a little ahead of our clock is accepted.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.NURSE, Role.CLINICIAN);
    private static final Set<Role> CARE_GIVERS = EnumSet.of(Role.NURSE, Role.CLINICIAN);
    // A device reports as a device and a patient as a check-in; staff may also enter a device's reading.
    private static final Map<Role, Set<VitalSignsSource>> SOURCES = Map.of(
            Role.DEVICE, EnumSet.of(VitalSignsSource.DEVICE),
            Role.PATIENT, EnumSet.of(VitalSignsSource.CHECK_IN),
            Role.NURSE, EnumSet.of(VitalSignsSource.CLINICIAN, VitalSignsSource.DEVICE),
            Role.CLINICIAN, EnumSet.of(VitalSignsSource.CLINICIAN, VitalSignsSource.DEVICE));
    // A birth date is in the future only once it is in the future everywhere: the earliest time zone
    // is UTC+14, so a baby born today in any organization's time zone is accepted.
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    @AggregateIdentifier
    private PatientId patientId;

    private OrganizationId organizationId;
    private boolean discharged;
    private final Map<UUID, CareTeamRole> careTeam = new HashMap<>();

    private Patient() {} // Axon rebuilds the instance from events through this constructor

    @CommandHandler
    Patient(RegisterPatient cmd) {
        permit(cmd.by(), STAFF, "register patients");
        if (!cmd.organizationId().equals(cmd.by().organizationId())) {
            throw new ActionNotPermitted("register patients in another organization");
        }
        requirePastBirthDate(cmd.demographics());
        apply(new PatientRegistered(cmd.patientId(), cmd.organizationId(), cmd.mrn(), cmd.demographics(),
                cmd.contactDetails(), cmd.by().userId()));
    }

    @CommandHandler
    long handle(UpdateDemographics cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(), STAFF, "update demographics");
        requirePastBirthDate(cmd.demographics());
        apply(new DemographicsUpdated(patientId, cmd.demographics(), cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(UpdateContactDetails cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(),
                EnumSet.of(Role.ADMIN, Role.NURSE, Role.CLINICIAN, Role.PATIENT), "update contact details");
        apply(new ContactDetailsUpdated(patientId, cmd.contactDetails(), cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(AssignCareTeamMember cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(), EnumSet.of(Role.ADMIN), "assign care-team members");
        new CareTeamRules(organizationId, careTeam).requireAssignable(cmd.member(), cmd.teamRole());
        apply(new CareTeamMemberAssigned(patientId, cmd.member().userId(), cmd.member().role(), cmd.teamRole(),
                cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(RemoveCareTeamMember cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(), EnumSet.of(Role.ADMIN), "remove care-team members");
        if (!careTeam.containsKey(cmd.memberId().value())) {
            throw new NotOnCareTeam();
        }
        apply(new CareTeamMemberRemoved(patientId, cmd.memberId(), cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(RecordVitalSigns cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(),
                EnumSet.of(Role.NURSE, Role.CLINICIAN, Role.DEVICE, Role.PATIENT), "record vital signs");
        if (!SOURCES.getOrDefault(cmd.by().role(), Set.of()).contains(cmd.source())) {
            throw new ActionNotPermitted("record vital signs with source " + cmd.source());
        }
        if (cmd.observedAt().isAfter(now().plus(CLOCK_SKEW))) {
            throw new ObservationInFuture();
        }
        apply(new VitalSignsRecorded(patientId, cmd.vitalSigns(), News2.score(cmd.vitalSigns()), cmd.source(),
                cmd.observedAt(), cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(SubmitCheckIn cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(), EnumSet.of(Role.NURSE, Role.CLINICIAN, Role.PATIENT),
                "submit check-ins");
        apply(new CheckInSubmitted(patientId, cmd.answers(), cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(DischargePatient cmd) {
        requireOpenRecordFor(cmd.by(), cmd.expectedVersion(), EnumSet.of(Role.ADMIN, Role.CLINICIAN), "discharge patients");
        apply(new PatientDischarged(patientId, cmd.by().userId(), cmd.reason()));
        return version();
    }

    /**
     * Who may touch this record: nobody from another organization, a patient only their own record,
     * nurses and clinicians only while on the care team; those who may not see the record get the same
     * answer as for a patient that does not exist. Then the client's expected version (If-Match), when
     * given, must still be the record's version; then the role must allow the action.
     */
    private void requireOpenRecordFor(Actor by, Long expectedVersion, Set<Role> allowed, String action) {
        boolean visible = organizationId.equals(by.organizationId())
                && (!by.is(Role.PATIENT) || by.isPatient(patientId))
                && (!CARE_GIVERS.contains(by.role()) || careTeam.containsKey(by.userId().value()));
        if (!visible) {
            throw new PatientNotFound(patientId);
        }
        if (expectedVersion != null && expectedVersion != version()) {
            throw new VersionMismatch(expectedVersion);
        }
        permit(by, allowed, action);
        if (discharged) {
            throw new PatientIsDischarged(patientId);
        }
    }

    private static void permit(Actor by, Set<Role> allowed, String action) {
        if (!allowed.contains(by.role())) {
            throw new ActionNotPermitted(action);
        }
    }

    private static void requirePastBirthDate(Demographics demographics) {
        if (demographics.birthDate().isAfter(LocalDate.ofInstant(now(), EARLIEST_ZONE))) {
            throw new BirthDateInFuture();
        }
    }

    // Axon's message clock stamps every event we apply; reading the same clock keeps the rule and the
    // record in agreement, and lets the test fixture pin it.
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(PatientRegistered e) {
        patientId = e.patientId();
        organizationId = e.organizationId();
    }

    @EventSourcingHandler
    void on(CareTeamMemberAssigned e) {
        careTeam.put(e.memberId().value(), e.teamRole());
    }

    @EventSourcingHandler
    void on(CareTeamMemberRemoved e) {
        careTeam.remove(e.memberId().value());
    }

    @EventSourcingHandler
    void on(PatientDischarged e) {
        discharged = true;
    }
}

package org.careledger.query.patient;

import org.careledger.query.ProjectionTables;
import org.springframework.context.annotation.Bean;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.DemographicsUpdated;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.shared.PatientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code patient_summary} and {@code patient_care_team}. Events arrive at least once and again on replay, so
 * every handler after registration applies an event only when its sequence number is above the row's version.
 */
@Component
@ProcessingGroup(PatientSummaryProjection.PROCESSING_GROUP)
class PatientSummaryProjection {
    static final String PROCESSING_GROUP = "patient-summary";
    private static final Logger log = LoggerFactory.getLogger(PatientSummaryProjection.class);

    private final PatientSummaryRepository summaries;
    private final CareTeamMemberRepository careTeam;

    PatientSummaryProjection(PatientSummaryRepository summaries, CareTeamMemberRepository careTeam) {
        this.summaries = summaries;
        this.careTeam = careTeam;
    }

    @EventHandler
    void on(PatientRegistered event, @SequenceNumber long sequence, @Timestamp Instant registeredAt) {
        // a look-up by key, not existsById: that is a query, and a query first flushes (and dirty-checks) every row the
        // batch has loaded, which made a batch's cost grow with the square of its size on a replay (performance.md)
        if (summaries.findById(event.patientId().value()).isEmpty()) {
            summaries.save(new PatientSummaryView(event, registeredAt, sequence));
        }
    }

    @EventHandler
    void on(DemographicsUpdated event, @SequenceNumber long sequence) {
        update(event.patientId(), sequence, summary -> summary.demographics(event.demographics()));
    }

    @EventHandler
    void on(ContactDetailsUpdated event, @SequenceNumber long sequence) {
        update(event.patientId(), sequence, summary -> summary.contactDetails(event.contactDetails()));
    }

    @EventHandler
    void on(CareTeamMemberAssigned event, @SequenceNumber long sequence, @Timestamp Instant assignedAt) {
        update(event.patientId(), sequence, summary -> careTeam.save(new CareTeamMemberView(event, assignedAt)));
    }

    @EventHandler
    void on(CareTeamMemberRemoved event, @SequenceNumber long sequence) {
        var member = new CareTeamMemberView.Key(event.patientId().value(), event.memberId().value());
        update(event.patientId(), sequence, summary -> careTeam.deleteById(member));
    }

    @EventHandler
    void on(VitalSignsRecorded event, @SequenceNumber long sequence) {
        update(event.patientId(), sequence, summary -> summary.vitalSignsObserved(event.news2(), event.observedAt()));
    }

    // The answers stay out of the summary: they are read from the event record, not from this projection.
    @EventHandler
    void on(CheckInSubmitted event, @SequenceNumber long sequence, @Timestamp Instant submittedAt) {
        update(event.patientId(), sequence, summary -> summary.checkedIn(submittedAt));
    }

    @EventHandler
    void on(PatientDischarged event, @SequenceNumber long sequence, @Timestamp Instant dischargedAt) {
        update(event.patientId(), sequence, summary -> summary.discharged(dischargedAt));
    }

    /** The tables this projection alone writes, emptied by {@link #reset()}. */
    @Bean
    static ProjectionTables patientSummaryTables() {
        return ProjectionTables.of(PROCESSING_GROUP, "patient_summary", "patient_care_team");
    }

    @ResetHandler
    void reset() {
        careTeam.deleteAllInBatch();
        summaries.deleteAllInBatch();
    }

    private void update(PatientId patientId, long sequence, Consumer<PatientSummaryView> change) {
        summaries.findById(patientId.value()).ifPresentOrElse(
                summary -> {
                    if (sequence > summary.getVersion()) {
                        change.accept(summary);
                        summary.appliedUpTo(sequence);
                        summaries.save(summary);
                    }
                },
                () -> log.warn("No summary for patient {}; event at sequence {} ignored", patientId, sequence));
    }
}

package org.careledger.saga.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.saga.support.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one monitored patient's daily check-in: from registration, and again from every check-in,
 * the next one is due within the interval plus grace. When it does not come, a LOW alert is raised
 * and the watch goes on for the next day. Discharge ends it.
 *
 * <p>It starts at the head of the event stream and is never replayed, so patients registered before
 * it was first deployed are not watched.
 */
@Saga
// Saga state goes through Axon's Jackson serializer: its private fields are the state, not getters.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class MissedCheckInSaga {
    static final String CHECK_IN_DUE = "daily-check-in-due";
    static final String SUMMARY = "Daily check-in missed";
    private static final Logger log = LoggerFactory.getLogger(MissedCheckInSaga.class);

    private PatientId patientId;
    private OrganizationId organizationId;
    private int deadlineSerial;
    private String deadlineId;

    /** Axon creates sagas reflectively, which needs a public class and constructor. */
    public MissedCheckInSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "patientId")
    void on(PatientRegistered event, DeadlineManager deadlines,
            AlertRulesProperties rules) {
        patientId = event.patientId();
        organizationId = event.organizationId();
        schedule(rules.missedCheckIn().overdueAfter(), deadlines);
    }

    @SagaEventHandler(associationProperty = "patientId")
    void on(CheckInSubmitted event, DeadlineManager deadlines,
            AlertRulesProperties rules) {
        cancel(deadlines);
        schedule(rules.missedCheckIn().overdueAfter(), deadlines);
    }

    @DeadlineHandler(deadlineName = CHECK_IN_DUE)
    void onCheckInMissed(CheckInDue deadline, CommandGateway commands,
            DeadlineManager deadlines, AlertRulesProperties rules) {
        if (deadline.serial() != deadlineSerial) {
            return;
        }
        // Fired, so forgotten rather than cancelled: cancelling a running db-scheduler task throws (pitfall 15).
        deadlineId = null;
        Commands.send(commands, new RaiseAlert(AlertIds.forMissedCheckIn(patientId.value(), deadline.serial()),
                patientId, organizationId, AlertType.MISSED_CHECK_IN, Severity.LOW, SUMMARY, null), log);
        schedule(rules.missedCheckIn().interval(), deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "patientId")
    void on(PatientDischarged event, DeadlineManager deadlines) {
        cancel(deadlines);
    }

    private void schedule(Duration dueIn, DeadlineManager deadlines) {
        deadlineSerial++;
        deadlineId = deadlines.schedule(dueIn, CHECK_IN_DUE, new CheckInDue(deadlineSerial));
    }

    private void cancel(DeadlineManager deadlines) {
        if (deadlineId != null) {
            deadlines.cancelSchedule(CHECK_IN_DUE, deadlineId);
            deadlineId = null;
        }
    }

    /** The deadline's payload; {@code serial} tells a stale deadline from the pending one. */
    record CheckInDue(int serial) {}
}

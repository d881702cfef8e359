package org.careledger.saga.rules;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.saga.support.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Raises an alert when a reading or a check-in breaks a rule. Raising is a side effect, so it never
 * happens during a replay: history that is read again must not page anybody.
 */
@Component
@ProcessingGroup(AlertRules.PROCESSING_GROUP)
@DisallowReplay
class AlertRules {
    static final String PROCESSING_GROUP = "alert-rules";
    static final String ORGANIZATION_ID = "organizationId";
    private static final Logger log = LoggerFactory.getLogger(AlertRules.class);

    private final PatientOrganizations organizations;
    private final CommandGateway commands;
    private final AlertRulesProperties properties;

    AlertRules(PatientOrganizations organizations, CommandGateway commands, AlertRulesProperties properties) {
        this.organizations = organizations;
        this.commands = commands;
        this.properties = properties;
    }

    @EventHandler
    void on(VitalSignsRecorded event, @MessageIdentifier String eventId,
            @MetaDataValue(ORGANIZATION_ID) String senderOrganization) {
        raise(event.patientId(), eventId, senderOrganization, List.of(VitalSignRules.news2(event.news2()),
                VitalSignRules.limits(event.vitalSigns(), properties.vitalSigns())));
    }

    @EventHandler
    void on(CheckInSubmitted event, @MessageIdentifier String eventId,
            @MetaDataValue(ORGANIZATION_ID) String senderOrganization) {
        raise(event.patientId(), eventId, senderOrganization, List.of(CheckInRules.redFlags(event.answers())));
    }

    private void raise(PatientId patient, String eventId, String senderOrganization, List<Optional<Finding>> results) {
        List<Finding> findings = results.stream().flatMap(Optional::stream).toList();
        if (findings.isEmpty()) {
            return;
        }
        Optional<OrganizationId> organization = organizations.of(patient)
                .or(() -> Optional.ofNullable(senderOrganization).map(OrganizationId::of));
        if (organization.isEmpty()) {
            // Cannot happen while this group sees every PatientRegistered; logged loudly rather than
            // blocking every other patient's alerts behind an event that can never succeed.
            log.error("No organization known for patient {}; event {} raised no alert", patient, eventId);
            return;
        }
        for (Finding finding : findings) {
            Commands.send(commands, new RaiseAlert(AlertIds.forEvent(eventId, finding.type()), patient,
                    organization.get(), finding.type(), finding.severity(), finding.summary(), null), log);
        }
    }
}

package org.careledger.app.security;

import static org.careledger.command.web.Fields.orRefuse;
import static org.careledger.command.web.Fields.single;
import static org.careledger.command.web.Fields.uuid;

import java.util.UUID;
import org.careledger.api.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators name who their organization escalates alerts to (docs/notifications.md). */
@RestController
@RequestMapping("/api/v1/organization")
class OrganizationController {
    private final NotificationRoles roles;

    OrganizationController(NotificationRoles roles) {
        this.roles = roles;
    }

    record NotificationRole(String userId) {}

    record OrganizationSettings(UUID organizationId, String name, UUID onCallClinicianId, UUID escalationContactId) {}

    @GetMapping
    OrganizationSettings get(Actor admin) {
        var organization = roles.of(admin);
        return new OrganizationSettings(organization.id(), organization.name(), organization.onCallClinicianId(),
                organization.escalationContactId());
    }

    /** Level 2 of every alert escalation goes to this clinician. */
    @PutMapping("/on-call")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void onCall(@RequestBody NotificationRole body, Actor admin) {
        roles.assignOnCallClinician(admin, userId(body));
    }

    /** Level 3 and above of every alert escalation goes to this person. */
    @PutMapping("/escalation-contact")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void escalationContact(@RequestBody NotificationRole body, Actor admin) {
        roles.assignEscalationContact(admin, userId(body));
    }

    private static UUID userId(NotificationRole body) {
        return orRefuse(single(uuid("userId", body == null ? null : body.userId())));
    }
}

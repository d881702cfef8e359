package org.careledger.app.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.careledger.api.patient.AssignCareTeamMember;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.RegisterPatient;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.app.security.CareLedgerUser;
import org.careledger.app.security.Organization;
import org.careledger.app.security.Organizations;
import org.careledger.app.security.UserAccount;
import org.careledger.app.security.UserAdministration;
import org.careledger.app.security.UserAdministration.NewUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * At the first start of a demo installation: one organization, one user per role, and one patient
 * cared for by the demo nurse and clinician, so every curl example in docs/api.md works as written.
 */
@Component
class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final UUID DEMO_PATIENT = UUID.fromString("7d3c6a52-4f0e-4a8b-9d51-0c2f5e6b8a10");

    private final DemoProperties properties;
    private final Organizations organizations;
    private final UserAdministration users;
    private final CommandGateway commands;
    private final Clock clock;
    private final Environment environment;

    DemoData(DemoProperties properties, Organizations organizations, UserAdministration users,
            CommandGateway commands, Clock clock, Environment environment) {
        this.properties = properties;
        this.organizations = organizations;
        this.users = users;
        this.commands = commands;
        this.clock = clock;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnFirstStart() {
        if (!properties.enabled()) {
            return;
        }
        if (organizations.findByName(properties.organization()).isPresent()) {
            log.info("CareLedger is running at {} (demo users were printed at first start)", baseUrl());
            return;
        }
        if (properties.password() != null && properties.password().length() < UserAdministration.MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("CARELEDGER_DEMO_PASSWORD must be at least "
                    + UserAdministration.MINIMUM_PASSWORD_LENGTH + " characters; no demo data was created");
        }
        var organization = organizations.save(new Organization(properties.organization(), clock.instant()));
        Map<String, String> credentials = new LinkedHashMap<>();
        Map<Role, UserAccount> staff = new LinkedHashMap<>();
        for (Role role : new Role[] {Role.ADMIN, Role.NURSE, Role.CLINICIAN, Role.AUDITOR, Role.DEVICE}) {
            staff.put(role, createUser(organization, role, null, credentials));
        }
        asUser(staff.get(Role.ADMIN), () -> registerDemoPatient(staff));
        createUser(organization, Role.PATIENT, DEMO_PATIENT, credentials);
        print(credentials);
    }

    private UserAccount createUser(Organization organization, Role role, UUID patientId, Map<String, String> credentials) {
        String username = "demo-" + role.name().toLowerCase(java.util.Locale.ROOT);
        String password = properties.password() != null ? properties.password() : generatedPassword();
        var account = users.create(organization.id(), new NewUser(username, password, role,
                "Demo " + role.name().toLowerCase(java.util.Locale.ROOT), patientId));
        credentials.put(username, password);
        return account;
    }

    private void registerDemoPatient(Map<Role, UserAccount> staff) {
        Actor admin = staff.get(Role.ADMIN).actor();
        var patient = new PatientId(DEMO_PATIENT);
        commands.sendAndWait(new RegisterPatient(patient, admin.organizationId(), new Mrn("DEMO000001"),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1956, 3, 14), Sex.FEMALE),
                new ContactDetails("ada.example@example.org", "+447700900123", null), admin));
        assign(patient, staff.get(Role.CLINICIAN), CareTeamRole.PRIMARY, admin);
        assign(patient, staff.get(Role.NURSE), CareTeamRole.MEMBER, admin);
    }

    /** Commands carry their sender in the audit metadata; the demo set-up acts as the demo administrator. */
    private static void asUser(UserAccount account, Runnable work) {
        var user = CareLedgerUser.of(account);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void assign(PatientId patient, UserAccount member, CareTeamRole teamRole, Actor admin) {
        var staffMember = new StaffMember(member.actor().userId(), member.role(), admin.organizationId());
        commands.sendAndWait(new AssignCareTeamMember(patient, staffMember, teamRole, null, admin));
    }

    private void print(Map<String, String> credentials) {
        StringBuilder text = new StringBuilder("\n\nCareLedger is running at ").append(baseUrl())
                .append("\nDemo users of '").append(properties.organization()).append("' (shown once, now):\n");
        credentials.forEach((user, password) -> text.append(String.format("  %-16s %s%n", user, password)));
        text.append("Demo patient id: ").append(DEMO_PATIENT).append("\nAPI guide: docs/api.md\n");
        log.info(text.toString());
    }

    private String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    private static String generatedPassword() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

package org.careledger.app.security;

import static org.careledger.command.web.Fields.field;
import static org.careledger.command.web.Fields.oneOf;
import static org.careledger.command.web.Fields.orRefuse;
import static org.careledger.command.web.Fields.uuid;

import io.vavr.control.Validation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administrators manage the accounts of their own organization. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    private final UserAdministration administration;
    private final UserAccounts accounts;

    UserController(UserAdministration administration, UserAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    record CreateUser(String username, String password, String role, String displayName, String patientId) {}

    record User(UUID userId, String username, Role role, String displayName, UUID patientId, boolean enabled) {
        static User of(UserAccount account) {
            return new User(account.id(), account.username(), account.role(), account.displayName(),
                    account.patientId(), account.enabled());
        }
    }

    @PostMapping
    ResponseEntity<User> create(@RequestBody CreateUser body, Actor admin) {
        var user = orRefuse(Validation.combine(
                        field(() -> username(body.username())), oneOf("role", body.role(), Role.class),
                        field(() -> displayName(body.displayName())), uuid("patientId", body.patientId()))
                .ap((name, role, display, patient) -> new UserAdministration.NewUser(name, body.password(), role,
                        display, patient)));
        if ((user.role() == Role.PATIENT) != (user.patientId() != null)) {
            throw new InvalidValue("patientId", "is required for, and only for, the PATIENT role");
        }
        var created = administration.create(admin, user);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(User.of(created));
    }

    @GetMapping("/{userId}")
    User one(@PathVariable UUID userId, Actor admin) {
        return accounts.findById(userId).filter(a -> a.organizationId().equals(admin.organizationId().value()))
                .map(User::of).orElseThrow(UserNotFound::new);
    }

    @GetMapping
    List<User> list(Actor admin) {
        return accounts.findByOrganizationIdOrderByUsername(admin.organizationId().value()).stream()
                .map(User::of).toList();
    }

    private static String username(String value) {
        if (value == null || !USERNAME.matcher(value).matches()) {
            throw new InvalidValue("username", "must be 3 to 100 lower-case letters, digits or . _ @ -");
        }
        return value;
    }

    private static String displayName(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new InvalidValue("displayName", "is required, at most 200 characters");
        }
        return value.strip();
    }
}

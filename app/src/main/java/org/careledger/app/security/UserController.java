package org.careledger.app.security;

import static org.careledger.command.web.Fields.field;
import static org.careledger.command.web.Fields.oneOf;
import static org.careledger.command.web.Fields.orRefuse;
import static org.careledger.command.web.Fields.uuid;

import io.vavr.control.Validation;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    // E.164, as the SMS and WhatsApp providers expect it
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final UserAdministration administration;
    private final UserAccounts accounts;

    UserController(UserAdministration administration, UserAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    /** {@code email}, {@code phone} and {@code notificationChannels} say how alerts reach the user (optional). */
    record CreateUser(String username, String password, String role, String displayName, String patientId,
            String email, String phone, List<String> notificationChannels) {}

    record User(UUID userId, String username, Role role, String displayName, UUID patientId, boolean enabled,
            String email, String phone, Set<NotificationChannel> notificationChannels) {
        static User of(UserAccount account) {
            return new User(account.id(), account.username(), account.role(), account.displayName(),
                    account.patientId(), account.enabled(), account.email(), account.phone(),
                    account.notificationChannels());
        }
    }

    @PostMapping
    ResponseEntity<User> create(@RequestBody CreateUser body, Actor admin) {
        var user = orRefuse(Validation.combine(
                        field(() -> username(body.username())), oneOf("role", body.role(), Role.class),
                        field(() -> displayName(body.displayName())), uuid("patientId", body.patientId()),
                        field(() -> email(body.email())), field(() -> phone(body.phone())),
                        field(() -> channels(body.notificationChannels())))
                .ap((name, role, display, patient, email, phone, channels) -> new UserAdministration.NewUser(name,
                        body.password(), role, display, patient, email, phone, channels)));
        requireAddressesForChannels(user);
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

    private static String email(String value) {
        if (value == null) {
            return null;
        }
        String email = value.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidValue("email", "must be an e-mail address of at most 254 characters");
        }
        return email;
    }

    private static String phone(String value) {
        if (value == null) {
            return null;
        }
        String phone = value.replaceAll("[\\s()-]", "");
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidValue("phone", "must be an international number such as +447700900123");
        }
        return phone;
    }

    private static Set<NotificationChannel> channels(List<String> values) {
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                channels.add(NotificationChannel.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValue("notificationChannels",
                        "must each be one of " + List.of(NotificationChannel.values()));
            }
        }
        return channels;
    }

    /** A channel the user cannot be reached on would only ever fail. */
    private static void requireAddressesForChannels(UserAdministration.NewUser user) {
        List<FieldError> missing = new ArrayList<>();
        if (user.channels().contains(NotificationChannel.EMAIL) && user.email() == null) {
            missing.add(new FieldError("email", "is required for the EMAIL channel"));
        }
        if ((user.channels().contains(NotificationChannel.SMS) || user.channels().contains(NotificationChannel.WHATSAPP))
                && user.phone() == null) {
            missing.add(new FieldError("phone", "is required for the SMS and WHATSAPP channels"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequest(missing);
        }
    }
}

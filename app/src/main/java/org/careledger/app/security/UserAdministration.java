package org.careledger.app.security;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates user accounts, always inside the organization of the administrator who asks. */
@Service
public class UserAdministration {
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserAdministration(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A new account; {@code email}, {@code phone} and {@code channels} say how alerts reach the user (all optional). */
    public record NewUser(String username, String password, Role role, String displayName, UUID patientId,
            String email, String phone, Set<NotificationChannel> channels) {
        public NewUser(String username, String password, Role role, String displayName, UUID patientId) {
            this(username, password, role, displayName, patientId, null, null, Set.of());
        }
    }

    @Transactional
    public UserAccount create(UUID organizationId, NewUser user) {
        if (user.password() == null || user.password().length() < MINIMUM_PASSWORD_LENGTH) {
            throw InvalidRequest.of(new InvalidValue("password", "must be at least 12 characters"));
        }
        if (accounts.existsByUsername(user.username())) {
            throw new UsernameTaken();
        }
        var account = new UserAccount(organizationId, user.username(), passwords.encode(user.password()),
                user.role(), user.displayName(), user.patientId(), clock.instant());
        account.notificationContact(user.email(), user.phone(), user.channels());
        return accounts.save(account);
    }

    @Transactional
    public UserAccount create(Actor admin, NewUser user) {
        return create(admin.organizationId().value(), user);
    }
}

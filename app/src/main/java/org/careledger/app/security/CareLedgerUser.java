package org.careledger.app.security;

import java.util.Collection;
import java.util.List;
import org.careledger.api.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees them, carrying the {@link Actor} the modules work with. */
public record CareLedgerUser(Actor actor, String username, String password, boolean enabled) implements UserDetails {

    public static CareLedgerUser of(UserAccount account) {
        return new CareLedgerUser(account.actor(), account.username(), account.passwordHash(), account.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CareLedgerUser[" + actor.userId() + ", " + actor.role() + "]";
    }
}

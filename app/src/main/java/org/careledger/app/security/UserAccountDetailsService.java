package org.careledger.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class UserAccountDetailsService implements UserDetailsService {
    private final UserAccounts accounts;

    UserAccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(CareLedgerUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}

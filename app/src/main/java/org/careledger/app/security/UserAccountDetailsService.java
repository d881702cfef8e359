package org.careledger.app.security;

import java.util.List;
import java.util.UUID;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reads the signing-in user's account on every request, so a disabled account or a changed role takes effect at once.
 * It is one indexed row by the unique username, read with plain JDBC: through JPA (a criteria query, an entity
 * manager and a transaction per request) the same read was the largest single cost of a command in the benchmark
 * (docs/performance.md).
 */
@Service
class UserAccountDetailsService implements UserDetailsService {
    private static final String BY_USERNAME = "SELECT id, organization_id, username, password_hash, role, patient_id, "
            + "enabled FROM app_user WHERE username = ?";

    private final JdbcTemplate jdbc;

    UserAccountDetailsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<CareLedgerUser> found = jdbc.query(BY_USERNAME, (row, n) -> {
            UUID patient = row.getObject("patient_id", UUID.class);
            Actor actor = new Actor(new UserId(row.getObject("id", UUID.class)), Role.valueOf(row.getString("role")),
                    new OrganizationId(row.getObject("organization_id", UUID.class)),
                    patient == null ? null : new PatientId(patient));
            return new CareLedgerUser(actor, row.getString("username"), row.getString("password_hash"),
                    row.getBoolean("enabled"));
        }, username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("unknown user");
        }
        return found.get(0);
    }
}

package org.careledger.app.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByOrganizationIdOrderByUsername(UUID organizationId);

    List<UserAccount> findByPatientIdOrderByCreatedAt(UUID patientId);
}

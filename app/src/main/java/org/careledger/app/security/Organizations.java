package org.careledger.app.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Organizations extends JpaRepository<Organization, UUID> {
    Optional<Organization> findByName(String name);
}

package org.careledger.app.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant: a trust, hospital or clinic. Nothing crosses from one organization to another. */
@Entity
@Table(name = "organization")
public class Organization {
    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Who is told when an alert escalates: level 2 the on-call clinician, level 3 the escalation contact.
    @Column(name = "on_call_clinician_id")
    private UUID onCallClinicianId;

    @Column(name = "escalation_contact_id")
    private UUID escalationContactId;

    protected Organization() {} // for JPA

    public Organization(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID onCallClinicianId() {
        return onCallClinicianId;
    }

    public UUID escalationContactId() {
        return escalationContactId;
    }

    void onCallClinician(UUID userId) {
        this.onCallClinicianId = userId;
    }

    void escalationContact(UUID userId) {
        this.escalationContactId = userId;
    }
}

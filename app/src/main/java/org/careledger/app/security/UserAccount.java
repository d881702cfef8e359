package org.careledger.app.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/** A user who may sign in, with a bcrypt hash of their password and the one organization they belong to. */
@Entity
@Table(name = "app_user")
public class UserAccount {
    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // How alerts reach this user (PII: never logged). Channels are stored as a comma list, e.g. "EMAIL,SMS".
    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "notification_channels")
    private String notificationChannels;

    protected UserAccount() {} // for JPA

    public UserAccount(UUID organizationId, String username, String passwordHash, Role role, String displayName,
            UUID patientId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.patientId = patientId;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Sets how alerts reach this user; {@code channels} empty means in-app only. */
    public void notificationContact(String email, String phone, Set<NotificationChannel> channels) {
        this.email = email;
        this.phone = phone;
        this.notificationChannels = channels == null || channels.isEmpty() ? null
                : channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public Actor actor() {
        return new Actor(new UserId(id), role, new OrganizationId(organizationId),
                patientId == null ? null : new PatientId(patientId));
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID patientId() {
        return patientId;
    }

    public boolean enabled() {
        return enabled;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Set<NotificationChannel> notificationChannels() {
        if (notificationChannels == null || notificationChannels.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(notificationChannels.split(",")).map(String::trim).map(NotificationChannel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationChannel.class)));
    }
}

package org.emporium.identity.domain.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emporium.identity.domain.IdentityErrors;

/**
 * A user account: who they are, how they prove it (a password hash, never the password) and what they may do. A new
 * account is a {@link Role#CUSTOMER}; only an admin grants more. A disabled account cannot sign in or refresh.
 */
public final class User {
    private final UserId id;
    private final EmailAddress email;
    private final Instant registeredAt;
    private final long version;
    private final EnumSet<Role> roles;
    private final List<Object> events = new ArrayList<>();
    private String displayName;
    private String passwordHash;
    private boolean enabled;

    private User(
            UserId id,
            EmailAddress email,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            Instant registeredAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.displayName = DisplayName.normalize(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.enabled = enabled;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.version = version;
    }

    /** A new customer account; registers {@link UserRegistered}. */
    public static User register(
            UserId id, EmailAddress email, String displayName, String passwordHash, Instant registeredAt) {
        var user = new User(id, email, displayName, passwordHash, true, EnumSet.of(Role.CUSTOMER), registeredAt, 0);
        user.events.add(new UserRegistered(id, email, user.displayName, registeredAt));
        return user;
    }

    /** An account as stored. */
    public static User restore(
            UserId id,
            EmailAddress email,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            Instant registeredAt,
            long version) {
        return new User(id, email, displayName, passwordHash, enabled, roles, registeredAt, version);
    }

    public void rename(String newDisplayName) {
        this.displayName = DisplayName.normalize(newDisplayName);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /** Takes a role away; an admin cannot take their own admin role (someone must be left to give it back). */
    public void revoke(Role role, UserId actingAdmin) {
        if (role == Role.ADMIN && id.equals(actingAdmin)) {
            throw IdentityErrors.cannotRevokeOwnAdmin();
        }
        roles.remove(role);
    }

    /** Stops all sign-ins and refreshes; an admin cannot disable themselves. */
    public void disable(UserId actingAdmin) {
        if (id.equals(actingAdmin)) {
            throw IdentityErrors.cannotDisableSelf();
        }
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** The events registered since load, once: the caller publishes them. */
    public List<Object> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }
}

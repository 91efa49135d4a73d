package org.emporium.identity.infrastructure.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start a non-dev instance that would be insecure: without its key-encryption secret, with the demo
 * accounts enabled, with a service client that has no secret, or with a demo account left over from the dev profile
 * that still has its published password. The dev profile has defaults for all of them.
 */
public final class StartupGuard {
    private StartupGuard() {}

    /** @throws IllegalStateException naming every problem, when not in the dev profile */
    public static void check(boolean devProfile, IdentityProperties properties, List<String> clientsWithoutSecret) {
        var problems = new ArrayList<String>();
        var secret = properties.keyEncryptionSecret();
        if (secret == null || secret.isBlank()) {
            problems.add("EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET is not set");
        } else if (secret.length() < 16) {
            problems.add("EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET must have at least 16 characters");
        }
        if (devProfile && problems.isEmpty()) {
            return;
        }
        if (!devProfile && properties.demoAccounts().enabled()) {
            problems.add("demo accounts (emporium.identity.demo-accounts.enabled) are only allowed in the dev profile");
        }
        if (!devProfile) {
            clientsWithoutSecret.forEach(client -> problems.add("client " + client + " has no secret (EMPORIUM_CLIENTS_"
                    + client.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET)"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("identity refuses to start: " + String.join("; ", problems));
        }
    }

    /**
     * @param demoAccountsWithPublishedPassword the demo accounts (by email) that exist with the password the dev
     *     profile gave them, which anyone can read in the docs
     * @throws IllegalStateException naming them and how to remove them, when there are any
     */
    public static void checkNoDemoAccounts(List<String> demoAccountsWithPublishedPassword) {
        if (demoAccountsWithPublishedPassword.isEmpty()) {
            return;
        }
        var emails = demoAccountsWithPublishedPassword.stream().sorted().toList();
        throw new IllegalStateException("identity refuses to start: the dev profile's demo accounts "
                + String.join(", ", emails)
                + " exist with their published passwords; remove them (DELETE FROM users WHERE lower(email) IN ("
                + String.join(", ", emails.stream().map(e -> "'" + e + "'").toList())
                + ")) or start once with the dev profile and change their passwords");
    }
}

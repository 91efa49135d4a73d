package org.emporium.identity.infrastructure.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity service ({@code emporium.identity.*}).
 *
 * @param issuer the public issuer ({@code EMPORIUM_ISSUER_URI}, the gateway's URL; http://localhost:9001 alone)
 * @param audience the {@code aud} of every access token
 * @param accessTokenLifetime access-token lifetime (15 minutes)
 * @param refreshTokenLifetime refresh-token lifetime; each refresh rotates the token
 * @param keyEncryptionSecret encrypts private signing keys at rest
 *     ({@code EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET}); required outside the dev profile
 * @param passwordGrant the first-party password grant
 * @param keys signing-key rotation
 * @param throttle sign-in throttling
 * @param demoAccounts the dev-only demo accounts
 * @param web the public browser client
 * @param serviceClients confidential client-credentials clients by client id, with their scopes
 * @param bcryptStrength the BCrypt cost for new password hashes
 */
@ConfigurationProperties("emporium.identity")
public record IdentityProperties(
        URI issuer,
        String audience,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        String keyEncryptionSecret,
        PasswordGrant passwordGrant,
        Keys keys,
        Throttle throttle,
        DemoAccounts demoAccounts,
        WebClient web,
        Map<String, ServiceClient> serviceClients,
        Integer bcryptStrength) {

    public IdentityProperties {
        issuer = issuer != null ? issuer : URI.create("http://localhost:9001");
        audience = audience != null && !audience.isBlank() ? audience : "emporium-api";
        accessTokenLifetime = accessTokenLifetime != null ? accessTokenLifetime : Duration.ofMinutes(15);
        refreshTokenLifetime = refreshTokenLifetime != null ? refreshTokenLifetime : Duration.ofDays(14);
        passwordGrant = passwordGrant != null ? passwordGrant : new PasswordGrant(true);
        keys = keys != null ? keys : new Keys(null, null, null);
        throttle = throttle != null ? throttle : new Throttle(null, null, null, null, null, null, null, null, null);
        demoAccounts = demoAccounts != null ? demoAccounts : new DemoAccounts(false);
        web = web != null ? web : new WebClient(null, null);
        serviceClients = serviceClients != null ? Map.copyOf(serviceClients) : Map.of();
        bcryptStrength = bcryptStrength != null ? bcryptStrength : 10;
    }

    /** @param enabled whether {@code grant_type=password} is accepted (for {@code emporium-web}) */
    public record PasswordGrant(boolean enabled) {}

    /**
     * @param publishAhead how long a new key is in the JWKS before it signs (5 minutes)
     * @param rotationInterval rotate automatically when the signing key is this old (none: only on request)
     * @param cacheTime how long a replica reuses the keys it read (10 seconds)
     */
    public record Keys(Duration publishAhead, Duration rotationInterval, Duration cacheTime) {
        public Keys {
            publishAhead = publishAhead != null ? publishAhead : Duration.ofMinutes(5);
            cacheTime = cacheTime != null ? cacheTime : Duration.ofSeconds(10);
        }
    }

    /**
     * Sign-in throttling (docs/identity.md, "Sign-in throttling").
     *
     * @param maxAccountAddressFailures failed sign-ins of one account from one address (IPv6: its /64) within the
     *     window that lock that account for that address only (5)
     * @param maxAddressFailures failed sign-ins against existing accounts from one address within the window that
     *     refuse the address, except to accounts that signed in from it before (20)
     * @param window how long those failures count (15 minutes)
     * @param lockout how long those locks last (15 minutes)
     * @param accountBackoffAfter failed sign-ins of one account from anywhere, within {@code accountWindow}, after
     *     which each failure makes the account wait before the next attempt from an address it is not known at (10)
     * @param accountWindow how long an account's failures from anywhere count (24 hours)
     * @param accountBackoffFirst the first wait (1 second); each further failure doubles it
     * @param accountBackoffMax the longest wait (5 minutes)
     * @param knownAddressFor how long an address stays known for an account after a successful sign-in (30 days)
     */
    public record Throttle(
            Integer maxAccountAddressFailures,
            Integer maxAddressFailures,
            Duration window,
            Duration lockout,
            Integer accountBackoffAfter,
            Duration accountWindow,
            Duration accountBackoffFirst,
            Duration accountBackoffMax,
            Duration knownAddressFor) {
        public Throttle {
            maxAccountAddressFailures = maxAccountAddressFailures != null ? maxAccountAddressFailures : 5;
            maxAddressFailures = maxAddressFailures != null ? maxAddressFailures : 20;
            window = window != null ? window : Duration.ofMinutes(15);
            lockout = lockout != null ? lockout : Duration.ofMinutes(15);
            accountBackoffAfter = accountBackoffAfter != null ? accountBackoffAfter : 10;
            accountWindow = accountWindow != null ? accountWindow : Duration.ofHours(24);
            accountBackoffFirst = accountBackoffFirst != null ? accountBackoffFirst : Duration.ofSeconds(1);
            accountBackoffMax = accountBackoffMax != null ? accountBackoffMax : Duration.ofMinutes(5);
            knownAddressFor = knownAddressFor != null ? knownAddressFor : Duration.ofDays(30);
        }
    }

    /** @param enabled seed admin@emporium.dev and customer@emporium.dev (dev profile only) */
    public record DemoAccounts(boolean enabled) {}

    /**
     * @param clientId the public browser client's id ({@code emporium-web})
     * @param redirectUris where the authorization endpoint may send the code
     */
    public record WebClient(String clientId, List<String> redirectUris) {
        public WebClient {
            clientId = clientId != null && !clientId.isBlank() ? clientId : "emporium-web";
            redirectUris = redirectUris != null && !redirectUris.isEmpty()
                    ? List.copyOf(redirectUris)
                    : List.of(
                            "http://localhost:5173/callback", "http://localhost:8080/swagger-ui/oauth2-redirect.html");
        }
    }

    /**
     * @param secret the client secret; when unset it is read from {@code EMPORIUM_CLIENTS_<ID>_SECRET}, and in the
     *     dev profile defaults to {@code <client id>-dev-secret}
     * @param scopes the scopes the client may ask for
     * @param redirectUris when present, the client also signs users in: authorization code with PKCE (required) and
     *     refresh tokens, sending the code only to these addresses (the web app's backend-for-frontend, {@code web})
     */
    public record ServiceClient(String secret, Set<String> scopes, List<String> redirectUris) {
        public ServiceClient {
            scopes = scopes != null ? Set.copyOf(scopes) : Set.of();
            redirectUris = redirectUris != null ? List.copyOf(redirectUris) : List.of();
        }
    }
}

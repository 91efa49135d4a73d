package org.emporium.identity.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import org.emporium.identity.application.keys.KeySettings;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.identity.domain.signin.KnownNetworks;
import org.emporium.identity.domain.signin.LoginAttempts;
import org.emporium.identity.domain.signin.SignInThrottle;
import org.emporium.identity.domain.signin.ThrottlePolicy;
import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.identity.infrastructure.persistence.JdbcSigningKeys;
import org.emporium.identity.infrastructure.persistence.KeyEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the application services that need settings (the clock comes from platform/mediator): password policy, sign-in throttle, key rotation. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {
    /** Clock skew verifiers allow: an old key stays published this much longer than its last token lives. */
    static final Duration SKEW = Duration.ofMinutes(1);

    @Bean
    PasswordPolicy passwordPolicy(CommonPasswords common) {
        return new PasswordPolicy(common::contains);
    }

    @Bean
    SignInThrottle signInThrottle(
            LoginAttempts attempts, KnownNetworks knownNetworks, IdentityProperties properties, Clock clock) {
        var throttle = properties.throttle();
        return new SignInThrottle(
                attempts,
                knownNetworks,
                new ThrottlePolicy.Lockout(throttle.maxAccountAddressFailures(), throttle.window(), throttle.lockout()),
                new ThrottlePolicy.Backoff(
                        throttle.accountBackoffAfter(),
                        throttle.accountWindow(),
                        throttle.accountBackoffFirst(),
                        throttle.accountBackoffMax()),
                new ThrottlePolicy.Lockout(throttle.maxAddressFailures(), throttle.window(), throttle.lockout()),
                throttle.knownAddressFor(),
                clock);
    }

    /** Checks the start-up rules before anything touches the keys: see {@link StartupGuard}. */
    @Bean
    KeyEncryption keyEncryption(IdentityProperties properties, ServiceClientSecrets secrets) {
        var missing = properties.serviceClients().keySet().stream()
                .filter(id -> secrets.secretOf(id).isEmpty())
                .sorted()
                .toList();
        StartupGuard.check(secrets.isDev(), properties, missing);
        return new KeyEncryption(properties.keyEncryptionSecret());
    }

    @Bean
    SigningKeys signingKeys(JdbcClient jdbc, KeyEncryption encryption, IdentityProperties properties, Clock clock) {
        return new JdbcSigningKeys(jdbc, encryption, properties.keys().cacheTime(), clock);
    }

    @Bean
    KeySettings keySettings(IdentityProperties properties) {
        return new KeySettings(
                properties.keys().publishAhead(),
                properties.accessTokenLifetime().plus(SKEW));
    }
}

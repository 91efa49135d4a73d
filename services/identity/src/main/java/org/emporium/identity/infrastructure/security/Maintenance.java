package org.emporium.identity.infrastructure.security;

import java.time.Clock;
import org.emporium.identity.application.keys.RotateSigningKey;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.identity.infrastructure.config.IdentityProperties;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Housekeeping on a schedule: rotates the signing key when it is older than the configured interval (when one is
 * configured; a successor already waiting counts), and deletes expired authorizations, rotated-token records and
 * retired keys.
 */
@Component
class Maintenance {
    private static final Logger log = LoggerFactory.getLogger(Maintenance.class);
    private final Mediator mediator;
    private final SigningKeys keys;
    private final IdentityProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    Maintenance(Mediator mediator, SigningKeys keys, IdentityProperties properties, JdbcClient jdbc, Clock clock) {
        this.mediator = mediator;
        this.keys = keys;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${emporium.identity.keys.first-check:PT1M}",
            fixedDelayString = "${emporium.identity.keys.check-interval:PT10M}")
    void rotateWhenDue() {
        var interval = properties.keys().rotationInterval();
        if (interval == null || interval.isZero() || interval.isNegative()) {
            return;
        }
        var now = clock.instant();
        var ring = new KeyRing(keys.all());
        var newest = ring.keys().isEmpty() ? null : ring.keys().getLast();
        if (newest != null && newest.activatesAt().plus(interval).isBefore(now)) {
            var rotation = mediator.send(new RotateSigningKey());
            log.info("Rotated the signing key on schedule: {} signs from {}", rotation.kid(), rotation.activatesAt());
        }
    }

    /** A PostgreSQL interval a day longer than {@code kept}: rows younger than that may still count. */
    private static String retention(java.time.Duration kept) {
        return kept.plusDays(1).toSeconds() + " seconds";
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void deleteExpired() {
        jdbc.sql("DELETE FROM rotated_refresh_tokens WHERE expires_at < now()").update();
        jdbc.sql("DELETE FROM oauth2_authorization WHERE greatest(access_token_expires_at, refresh_token_expires_at,"
                        + " authorization_code_expires_at) < now() - interval '1 hour'")
                .update();
        jdbc.sql("DELETE FROM signing_keys WHERE retire_after < now() - interval '1 day'")
                .update();
        jdbc.sql("DELETE FROM login_throttle WHERE greatest(locked_until, window_start) < now() - ?::interval")
                .param(retention(properties.throttle().accountWindow()))
                .update();
        jdbc.sql("DELETE FROM sign_in_networks WHERE last_success < now() - ?::interval")
                .param(retention(properties.throttle().knownAddressFor()))
                .update();
    }
}

package org.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.platform.jwt.AccessTokenRules;
import org.emporium.platform.jwt.VerifiedTokenCache;
import org.emporium.platform.test.AccessTokenMatrix;
import org.emporium.platform.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A service's decoder as the platform builds it: one signature check per token, the claim rules on every request,
 * and the same verdicts as the full decoder over the shared token matrix, on first and later sight.
 */
class VerifiedTokenDecoderTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AccessTokenMatrix MATRIX = new AccessTokenMatrix("http://issuer.test", "emporium-api", NOW);
    private static final String GOOD = MATRIX.cases().get(0).token(); // exp = NOW + 5 min

    private final MovableClock clock = new MovableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(
            AccessTokenRules.validator(MATRIX.properties(), clock), Duration.ofHours(1), 100, clock);
    private final JwtDecoder decoder = new VerifiedTokenDecoder(counting(full()), cache);

    static List<AccessTokenMatrix.Case> cases() {
        return MATRIX.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMatrixGetsTheSameVerdictOnFirstAndLaterSight(AccessTokenMatrix.Case token) {
        for (var sight : List.of("first", "second", "third")) {
            assertThat(accepts(token.token())).as(sight + ": " + token.name()).isEqualTo(token.accepted());
        }
    }

    @Test
    void aGoodTokenIsVerifiedOnceAndThenTakenFromTheCache() {
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(GOOD).getSubject()).isNotBlank();
        }
        assertThat(verifications).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsVerifiedAgainEveryTimeAndNeverRemembered() {
        var forged = MATRIX.cases().stream()
                .filter(c -> c.name().startsWith("signed by another key"))
                .findFirst()
                .orElseThrow()
                .token();
        for (int i = 0; i < 3; i++) {
            assertThat(accepts(forged)).isFalse();
        }
        assertThat(verifications).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        assertThat(accepts(GOOD)).isTrue();
        clock.set(NOW.plus(Duration.ofMinutes(5)).plus(AccessTokenMatrix.SKEW).plusSeconds(1));

        assertThatThrownBy(() -> decoder.decode(GOOD)).isInstanceOf(JwtException.class);
    }

    private JwtDecoder full() {
        return EmporiumJwtDecoders.fromKeys(
                new ImmutableJWKSet<>(new JWKSet(MATRIX.key().toPublicJWK())), MATRIX.properties(), clock);
    }

    private boolean accepts(String token) {
        try {
            decoder.decode(token);
            return true;
        } catch (JwtException refused) {
            return false;
        }
    }

    private JwtDecoder counting(JwtDecoder real) {
        return token -> {
            verifications.incrementAndGet();
            return real.decode(token);
        };
    }
}

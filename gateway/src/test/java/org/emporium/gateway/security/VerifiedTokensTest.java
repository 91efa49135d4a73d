package org.emporium.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.platform.jwt.AccessTokenRules;
import org.emporium.platform.test.AccessTokenMatrix;
import org.emporium.platform.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/** The gateway's verified-token cache: one signature check per token, the claim rules on every request. */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AccessTokenMatrix MATRIX = new AccessTokenMatrix("http://issuer.test", "emporium-api", NOW);
    private static final String GOOD = MATRIX.cases().get(0).token(); // exp = NOW + 5 min

    private final MovableClock clock = new MovableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens decoder = new VerifiedTokens(
            counting(EdgeSecurityConfiguration.accessTokenDecoder(
                    jwt -> Flux.just((JWK) MATRIX.key().toPublicJWK()), MATRIX.properties(), clock)),
            AccessTokenRules.validator(MATRIX.properties(), clock),
            Duration.ofMinutes(2),
            100,
            clock);

    static List<AccessTokenMatrix.Case> cases() {
        return MATRIX.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMatrixGetsTheSameVerdictOnFirstAndLaterSight(AccessTokenMatrix.Case token) {
        assertThat(accepts(token.token())).as("first: " + token.name()).isEqualTo(token.accepted());
        assertThat(accepts(token.token())).as("second: " + token.name()).isEqualTo(token.accepted());
        assertThat(accepts(token.token())).as("third: " + token.name()).isEqualTo(token.accepted());
    }

    @Test
    void aGoodTokenIsVerifiedOnceAndThenTakenFromTheCache() {
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(GOOD).block().getSubject()).isNotBlank();
        }
        assertThat(verifications).hasValue(1);
        assertThat(decoder.size()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsVerifiedAgainEveryTime() {
        var forged = MATRIX.cases().stream()
                .filter(c -> c.name().startsWith("signed by another key"))
                .findFirst()
                .orElseThrow()
                .token();
        for (int i = 0; i < 3; i++) {
            assertThat(accepts(forged)).isFalse();
        }
        assertThat(verifications).hasValue(3);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void aTokenIsRememberedUntilItsExpiryAndRefusedOnceTheSkewHasPassedToo() {
        var longLived = new VerifiedTokens(
                counting(EdgeSecurityConfiguration.accessTokenDecoder(
                        jwt -> Flux.just((JWK) MATRIX.key().toPublicJWK()), MATRIX.properties(), clock)),
                AccessTokenRules.validator(MATRIX.properties(), clock),
                Duration.ofHours(1),
                100,
                clock);
        assertThat(longLived.decode(GOOD).block()).isNotNull();
        clock.set(NOW.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(longLived.decode(GOOD).block()).isNotNull();
        assertThat(verifications).as("remembered until exp").hasValue(1);

        // past exp, within the 30 s skew: verified again (accepted by the rules) but no longer remembered
        clock.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1));
        assertThat(longLived.decode(GOOD).block()).isNotNull();
        assertThat(longLived.decode(GOOD).block()).isNotNull();
        assertThat(verifications).hasValue(3);

        clock.set(NOW.plus(Duration.ofMinutes(5)).plus(AccessTokenMatrix.SKEW).plusSeconds(1));
        assertThatThrownBy(() -> longLived.decode(GOOD).block()).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenIsVerifiedAgainAfterTheMaximumAge() {
        assertThat(accepts(GOOD)).isTrue();
        clock.set(NOW.plus(Duration.ofMinutes(2)).plusSeconds(1));
        assertThat(accepts(GOOD)).isTrue();
        assertThat(verifications).hasValue(2);
    }

    private boolean accepts(String token) {
        try {
            decoder.decode(token).block();
            return true;
        } catch (JwtException refused) {
            return false;
        }
    }

    private ReactiveJwtDecoder counting(ReactiveJwtDecoder real) {
        return token -> {
            verifications.incrementAndGet();
            return real.decode(token);
        };
    }
}

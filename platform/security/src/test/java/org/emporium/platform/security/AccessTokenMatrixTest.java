package org.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.util.List;
import org.emporium.platform.test.AccessTokenMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A service's decoder ({@link EmporiumJwtDecoders}) over the shared token matrix; the gateway's
 * {@code AccessTokenMatrixTest} runs the same matrix against its reactive decoder, so both accept and refuse the same
 * tokens.
 */
class AccessTokenMatrixTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AccessTokenMatrix MATRIX = new AccessTokenMatrix("http://issuer.test", "emporium-api", NOW);

    static List<AccessTokenMatrix.Case> cases() {
        return MATRIX.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aServiceDecoderAcceptsExactlyTheTokensTheRulesAccept(AccessTokenMatrix.Case token) {
        var decoder = EmporiumJwtDecoders.fromKeys(
                new ImmutableJWKSet<>(new JWKSet(MATRIX.key().toPublicJWK())), MATRIX.properties(), MATRIX.clock());

        assertThat(accepts(decoder, token.token())).as(token.name()).isEqualTo(token.accepted());
    }

    private static boolean accepts(org.springframework.security.oauth2.jwt.JwtDecoder decoder, String token) {
        try {
            decoder.decode(token);
            return true;
        } catch (JwtException refused) {
            return false;
        }
    }
}

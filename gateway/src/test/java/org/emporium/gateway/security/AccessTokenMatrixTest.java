package org.emporium.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.List;
import org.emporium.platform.test.AccessTokenMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * The gateway's decoder over the shared token matrix; platform-security's {@code AccessTokenMatrixTest} runs the same
 * matrix against a service's decoder, so the edge and the services accept and refuse the same tokens.
 */
class AccessTokenMatrixTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AccessTokenMatrix MATRIX = new AccessTokenMatrix("http://issuer.test", "emporium-api", NOW);

    static List<AccessTokenMatrix.Case> cases() {
        return MATRIX.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theGatewayDecoderAcceptsExactlyTheTokensTheRulesAccept(AccessTokenMatrix.Case token) {
        JWK published = MATRIX.key().toPublicJWK();
        var decoder = EdgeSecurityConfiguration.accessTokenDecoder(
                jwt -> published.getKeyID().equals(jwt.getHeader().getKeyID()) ? Flux.just(published) : Flux.empty(),
                MATRIX.properties(),
                MATRIX.clock());

        assertThat(accepts(decoder, token.token())).as(token.name()).isEqualTo(token.accepted());
    }

    private static boolean accepts(ReactiveJwtDecoder decoder, String token) {
        try {
            decoder.decode(token).block();
            return true;
        } catch (JwtException refused) {
            return false;
        }
    }
}

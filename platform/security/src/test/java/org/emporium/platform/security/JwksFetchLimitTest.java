package org.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The decoder every service builds ({@link EmporiumJwtDecoders#fromProperties}) against a real JWKS endpoint: tokens
 * naming key ids identity never published must not each make a call to identity.
 */
class JwksFetchLimitTest {
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer jwks;

    @AfterEach
    void stop() {
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void tokensWithUnknownKeyIdsMakeAtMostOneFetchPerMinimumInterval() throws Exception {
        var published = new RSAKeyGenerator(2048).keyID("published").generate();
        var body = new JWKSet(published.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        var properties = new AccessTokenProperties(
                URI.create("http://issuer.test"),
                URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks"),
                "emporium-api",
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                Duration.ofSeconds(10));
        var decoder = EmporiumJwtDecoders.fromProperties(properties);

        assertThat(decoder.decode(token(published, "published")).getSubject()).isNotBlank();
        for (int i = 0; i < 30; i++) {
            var forged = new RSAKeyGenerator(2048).keyID("forged-" + i).generate();
            var token = token(forged, "forged-" + i);
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
        }

        assertThat(fetches.get())
                .as("JWKS fetches for 1 valid and 30 unknown-kid tokens")
                .isLessThanOrEqualTo(2);
    }

    private static String token(com.nimbusds.jose.jwk.RSAKey key, String kid) throws Exception {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer("http://issuer.test")
                .subject(UUID.randomUUID().toString())
                .audience("emporium-api")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(kid)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}

package org.emporium.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class SigningKeysTest {
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private HttpServer identity;
    private SigningKeys keys;

    @BeforeEach
    void identityWithOneKey() throws Exception {
        published.add(key("k1"));
        identity = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        identity.createContext("/oauth2/jwks", exchange -> {
            fetches.incrementAndGet();
            var body = new JWKSet(published.stream()
                            .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                            .toList())
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        identity.start();
        keys = new SigningKeys(
                WebClient.create(),
                URI.create("http://127.0.0.1:" + identity.getAddress().getPort() + "/oauth2/jwks"),
                Duration.ofMinutes(5),
                Duration.ofSeconds(10),
                clock,
                // the first fetch of a cold JVM on a loaded 2-core machine can take longer than production's 5 s
                Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        identity.stop(0);
    }

    @Test
    void fetchesOnceAndServesKnownKeysFromTheCache() {
        assertThat(keys.keysFor(token("k1")).collectList().block()).hasSize(1);
        assertThat(keys.keysFor(token("k1")).collectList().block()).hasSize(1);

        assertThat(fetches).hasValue(1);
    }

    @Test
    void unknownKeyIdsFetchAgainButNoMoreOftenThanTheMinimumInterval() throws Exception {
        keys.keysFor(token("k1")).collectList().block();
        clock.advance(Duration.ofSeconds(11));

        assertThat(keys.keysFor(token("forged-1")).collectList().block()).isEmpty();
        assertThat(keys.keysFor(token("forged-2")).collectList().block()).isEmpty();
        assertThat(fetches).as("the second unknown kid came within 10 s").hasValue(2);

        published.add(key("k2"));
        clock.advance(Duration.ofSeconds(11));
        assertThat(keys.keysFor(token("k2")).collectList().block()).hasSize(1);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void keepsTheLastKeysWhenIdentityIsDown() {
        keys.keysFor(token("k1")).collectList().block();
        identity.stop(0);
        clock.advance(Duration.ofMinutes(6));

        assertThat(keys.keysFor(token("k1")).collectList().block()).hasSize(1);
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    private static SignedJWT token(String kid) {
        return new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().subject("s").build());
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

package org.emporium.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Access tokens as identity issues them (RS256, {@code typ: at+jwt}, {@code kid}), and every way to get one wrong. */
final class Tokens {
    static final String ISSUER = "http://gateway.test";
    static final String AUDIENCE = "emporium-api";

    final RSAKey signingKey = newKey("key-1");
    final RSAKey unpublishedKey = newKey("key-unpublished");
    private final List<RSAKey> published = new CopyOnWriteArrayList<>(List.of(signingKey));

    static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWKS identity serves: public halves only. */
    String jwks() {
        return new JWKSet(published.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString();
    }

    void publish(RSAKey key) {
        published.add(key);
    }

    String valid(String subject) {
        return sign(signingKey, header -> {}, claims -> claims.subject(subject));
    }

    String sign(RSAKey key, Consumer<JWSHeader.Builder> header, Consumer<JWTClaimsSet.Builder> claims) {
        try {
            var jwt = new SignedJWT(header(key.getKeyID(), header), claims(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String hs256(String subject) {
        try {
            var headerBuilder = new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .type(new JOSEObjectType("at+jwt"))
                    .keyID(signingKey.getKeyID());
            var jwt = new SignedJWT(headerBuilder.build(), claims(c -> c.subject(subject)));
            // the classic confusion attack: the public key used as an HMAC secret
            jwt.sign(new MACSigner(signingKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String algNone(String subject) {
        var header =
                Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + signingKey.getKeyID() + "\"}");
        var payload = Base64URL.encode(claims(c -> c.subject(subject)).toString());
        return header + "." + payload + ".";
    }

    /** A validly signed token whose payload was then changed (subject swapped for an admin's). */
    String tampered(String subject) {
        var parts = valid(subject).split("\\.");
        var forged = Base64URL.encode(
                claims(c -> c.subject("admin").claim("roles", List.of("ADMIN"))).toString());
        return parts[0] + "." + forged + "." + parts[2];
    }

    private static JWSHeader header(String kid, Consumer<JWSHeader.Builder> customizer) {
        var builder = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(new JOSEObjectType("at+jwt"))
                .keyID(kid);
        customizer.accept(builder);
        return builder.build();
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> customizer) {
        var now = Instant.now();
        var builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject("customer-1")
                .claim("roles", List.of("CUSTOMER"))
                .claim("scope", "openid")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
        customizer.accept(builder);
        return builder.build();
    }
}

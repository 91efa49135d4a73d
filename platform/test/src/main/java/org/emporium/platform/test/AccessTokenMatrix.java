package org.emporium.platform.test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.emporium.platform.jwt.AccessTokenProperties;

/**
 * Every way an access token can be right or wrong, as one list, so the gateway's decoder and a service's decoder can
 * be shown to accept and refuse exactly the same tokens (platform-jwt's {@code AccessTokenRules} is the one rule set;
 * this proves both decoders apply it and nothing else). Each decoder under test must trust only {@link #key()}'s
 * public half, expect {@link #issuer}/{@link #audience} with a clock skew of {@link #SKEW}, and judge time at
 * {@link #now} (a pinned clock: no case depends on how fast the test runs).
 */
public final class AccessTokenMatrix {
    /** The clock skew the decoders under test must be configured with. */
    public static final Duration SKEW = Duration.ofSeconds(30);

    /** One token and whether a correct decoder accepts it. */
    public record Case(String name, String token, boolean accepted) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final RSAKey key;
    private final RSAKey stranger;
    private final String issuer;
    private final String audience;
    private final Instant now;

    public AccessTokenMatrix(String issuer, String audience, Instant now) {
        this.key = newKey("matrix-key");
        this.stranger = newKey("matrix-key"); // same kid, other key: a forged signature
        this.issuer = issuer;
        this.audience = audience;
        this.now = now;
    }

    /** The signing key; a decoder under test trusts its public half only. */
    public RSAKey key() {
        return key;
    }

    public Instant now() {
        return now;
    }

    /** The settings a decoder under test is built with: this matrix's issuer, audience and {@link #SKEW}. */
    public AccessTokenProperties properties() {
        return new AccessTokenProperties(
                URI.create(issuer), URI.create("http://unused.test/jwks"), audience, SKEW, null, null);
    }

    /** The pinned clock the decoder under test judges time with. */
    public Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    public List<Case> cases() {
        var cases = new ArrayList<Case>();
        cases.add(accept("a good token (typ at+jwt)", h -> {}, c -> {}));
        cases.add(accept(
                "typ application/at+jwt (RFC 9068 section 4)", h -> h.type(type("application/at+jwt")), c -> {}));
        cases.add(accept(
                "aud with several audiences, ours among them", h -> {}, c -> c.audience(List.of("other", audience))));
        cases.add(accept(
                "expired, but within the clock skew",
                h -> {},
                c -> c.expirationTime(at(SKEW.minusSeconds(10).negated()))));
        cases.add(accept(
                "nbf in the future, but within the clock skew",
                h -> {},
                c -> c.notBeforeTime(at(SKEW.minusSeconds(10)))));
        cases.add(refuse("wrong issuer", h -> {}, c -> c.issuer(issuer + "/evil")));
        cases.add(refuse("no issuer", h -> {}, c -> c.issuer(null)));
        cases.add(refuse("wrong audience", h -> {}, c -> c.audience("another-api")));
        cases.add(refuse("no audience", h -> {}, c -> c.audience((String) null)));
        cases.add(refuse(
                "expired beyond the clock skew",
                h -> {},
                c -> c.expirationTime(at(SKEW.plusSeconds(10).negated()))));
        cases.add(refuse("nbf beyond the clock skew", h -> {}, c -> c.notBeforeTime(at(SKEW.plusSeconds(10)))));
        cases.add(refuse("no exp (valid forever)", h -> {}, c -> c.expirationTime(null)));
        cases.add(refuse("typ JWT (an ID token or any other JWT)", h -> h.type(JOSEObjectType.JWT), c -> {}));
        cases.add(refuse("no typ", h -> h.type(null), c -> {}));
        cases.add(refuse("typ application/jwt", h -> h.type(type("application/jwt")), c -> {}));
        cases.add(new Case("signed by another key with the same kid", sign(stranger, h -> {}, c -> {}), false));
        cases.add(new Case("alg none", algNone(), false));
        cases.add(new Case("HS256 with the public key as secret", hs256(), false));
        cases.add(new Case("not a JWT", "not-a-jwt", false));
        return cases;
    }

    private Case accept(String name, Consumer<JWSHeader.Builder> header, Consumer<JWTClaimsSet.Builder> claims) {
        return new Case(name, sign(key, header, claims), true);
    }

    private Case refuse(String name, Consumer<JWSHeader.Builder> header, Consumer<JWTClaimsSet.Builder> claims) {
        return new Case(name, sign(key, header, claims), false);
    }

    private Date at(Duration fromNow) {
        return Date.from(now.plus(fromNow));
    }

    private static JOSEObjectType type(String type) {
        return new JOSEObjectType(type);
    }

    private JWSHeader.Builder header(JWSAlgorithm algorithm) {
        return new JWSHeader.Builder(algorithm).type(type("at+jwt")).keyID(key.getKeyID());
    }

    private JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> changes) {
        var claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(at(Duration.ofMinutes(-1))) // before every exp below (Spring's Jwt requires iat < exp)
                .notBeforeTime(at(Duration.ofMinutes(-1)))
                .expirationTime(at(Duration.ofMinutes(5)))
                .jwtID(UUID.randomUUID().toString());
        changes.accept(claims);
        return claims.build();
    }

    private String sign(RSAKey with, Consumer<JWSHeader.Builder> header, Consumer<JWTClaimsSet.Builder> changes) {
        try {
            var builder = header(JWSAlgorithm.RS256);
            header.accept(builder);
            var jwt = new SignedJWT(builder.build(), claims(changes));
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String hs256() {
        try {
            var jwt = new SignedJWT(header(JWSAlgorithm.HS256).build(), claims(c -> {}));
            jwt.sign(new MACSigner(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String algNone() {
        var header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + key.getKeyID() + "\"}");
        return header + "." + claims(c -> {}).toPayload().toBase64URL() + ".";
    }

    private static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.emporium.platform.jwt;

import java.time.Clock;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * The one definition of a valid Emporium access token (RFC 9068 profile), used by the gateway's reactive decoder and
 * by every service's servlet decoder:
 *
 * <ul>
 *   <li>signed with {@link #ALGORITHM} (RS256) by a key from identity's JWKS — the decoder is built with only this
 *       algorithm, so {@code none} and HS* (the public key used as an HMAC secret) are refused before the claims are
 *       looked at; {@code alg: none} is refused here too in case a decoder is ever built without that restriction,
 *   <li>header {@code typ} one of {@link #TYPES} ({@code at+jwt}, or its full media type {@code application/at+jwt},
 *       RFC 9068 section 4); a decoder must not let Nimbus check {@code typ} itself (it knows only {@code JWT}),
 *   <li>{@code exp} present (an access token without one would be valid forever, RFC 9068 section 2.2) and, like
 *       {@code nbf}, within {@link AccessTokenProperties#clockSkew()},
 *   <li>{@code iss} equal to {@link AccessTokenProperties#issuerUri()},
 *   <li>{@code aud} containing {@link AccessTokenProperties#audience()}.
 * </ul>
 *
 * No further claim is required here: what a token may do (roles, scopes, {@code user_id}) is authorisation, decided
 * where the request is served.
 */
public final class AccessTokenRules {
    /** The only signature algorithm identity uses and a decoder accepts. */
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    /** The {@code typ} header values of an access token. */
    public static final List<String> TYPES = List.of("at+jwt", "application/at+jwt");

    private AccessTokenRules() {}

    public static OAuth2TokenValidator<Jwt> validator(AccessTokenProperties properties) {
        return validator(properties, Clock.systemUTC());
    }

    /** The rules with {@code exp}/{@code nbf} judged against {@code clock} (tests pin it). */
    public static OAuth2TokenValidator<Jwt> validator(AccessTokenProperties properties, Clock clock) {
        var timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                new JwtIssuerValidator(properties.issuerUri().toString()),
                new JwtAudienceValidator(properties.audience()),
                new JwtTypeValidator(TYPES),
                AccessTokenRules::signed));
    }

    private static OAuth2TokenValidatorResult signed(Jwt jwt) {
        return "none".equalsIgnoreCase(String.valueOf(jwt.getHeaders().get("alg")))
                ? OAuth2TokenValidatorResult.failure(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token is not signed (alg none)", null))
                : OAuth2TokenValidatorResult.success();
    }
}

package org.emporium.web.security;

import java.net.URI;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.emporium.platform.jwt.AccessTokenRules;
import org.emporium.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The web app's security: every page is a server-rendered response to a browser holding only a session cookie.
 *
 * <ul>
 *   <li>Sign-in is OAuth 2.0 authorization code with PKCE against identity ({@code /auth/signin/identity}, callback
 *       {@code /auth/callback}: paths that do not collide with identity's own {@code /login} and {@code /oauth2/**}
 *       behind the same gateway). The tokens stay in the session ({@link HttpSessionOAuth2AuthorizedClientRepository},
 *       in Redis through Spring Session), never in the page.
 *   <li>CSRF tokens on every form and htmx request (the session-stored default).
 *   <li>A strict Content-Security-Policy: scripts, styles and connections only from this origin, no inline script.
 *   <li>Sign-out ({@code POST /auth/signout}) revokes the refresh token at identity and ends the session.
 *   <li>The back office needs {@code ADMIN} (from the access token's {@code roles}); a customer gets the 403 page.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {
    /** The registration id, and so the last segment of the sign-in path. */
    public static final String REGISTRATION = "identity";

    public static final String SIGN_IN = "/auth/signin/" + REGISTRATION;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            RefreshTokenRevocation revocation,
            OidcUserService users)
            throws Exception {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/auth/signin");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                "/basket/**",
                                "/checkout/**",
                                "/orders/**",
                                "/account/**",
                                "/notifications/**",
                                "/live/**",
                                "/support/**",
                                "/products/*/reviews")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri("/auth/callback"))
                        .userInfoEndpoint(info -> info.oidcUserService(users))
                        .authorizedClientRepository(authorizedClients)
                        .defaultSuccessUrl("/", false))
                .oauth2Client(client -> client.authorizedClientRepository(authorizedClients))
                .logout(logout -> logout.logoutUrl("/auth/signout")
                        .addLogoutHandler(revocation)
                        .logoutSuccessUrl("/?signedOut")
                        .deleteCookies("EMPORIUM_SESSION"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/denied")
                        // An EventSource cannot follow a redirect to a sign-in page: the live stream answers 401.
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.pathPattern("/live/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(SIGN_IN), AnyRequestMatcher.INSTANCE))
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * identity as the one client registration, built here rather than from an issuer URI so that the web app starts
     * without identity being up (no discovery call at start-up). The web app is a confidential client ({@code web}):
     * it redeems the code with its secret and the PKCE verifier.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties web) {
        if (web.clientSecret() == null || web.clientSecret().isBlank()) {
            throw new IllegalStateException("The web app's client secret is not set (EMPORIUM_CLIENTS_WEB_SECRET)");
        }
        var publicUrl = trimSlash(web.publicUrl().toString());
        var registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(web.clientId())
                .clientSecret(web.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/auth/callback")
                .scope("openid", "profile", "email")
                .authorizationUri(publicUrl + "/oauth2/authorize")
                .tokenUri(web.tokenUri().toString())
                .jwkSetUri(web.jwkSetUri().toString())
                .issuerUri(publicUrl)
                .userNameAttributeName("sub")
                .clientName("Emporium")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The signed-in user's tokens live in their session (Redis), so any replica can serve the next request. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the user's access token, refreshing it with the refresh token when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** Checks the access token with the rules every service applies (platform-jwt), to read its roles. */
    @Bean
    JwtDecoder accessTokenDecoder(WebProperties web) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(web.jwkSetUri().toString())
                // typ (at+jwt) is checked by AccessTokenRules, not by Nimbus (which knows only JWT).
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier((header, context) -> {}))
                .build();
        decoder.setJwtValidator(AccessTokenRules.validator(new AccessTokenProperties(
                URI.create(trimSlash(web.publicUrl().toString())), web.jwkSetUri(), null, null, null, null)));
        return decoder;
    }

    @Bean
    OidcUserService users(JwtDecoder accessTokenDecoder) {
        return new RolesFromAccessToken(accessTokenDecoder);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

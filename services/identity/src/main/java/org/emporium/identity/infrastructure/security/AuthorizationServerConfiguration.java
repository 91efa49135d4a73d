package org.emporium.identity.infrastructure.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.Map;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.identity.domain.signin.SignInThrottle;
import org.emporium.identity.domain.user.Users;
import org.emporium.identity.infrastructure.config.IdentityProperties;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.EmporiumJwtDecoders;
import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.DefaultLoginPageConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Authorization Server and the three filter chains of the service:
 *
 * <ol>
 *   <li>the OAuth2/OIDC endpoints at the root ({@code /oauth2/*}, discovery, {@code /userinfo}) with the password
 *       grant and public-client refresh/revocation added;
 *   <li>the REST API under {@code /api/identity/**} (plus actuator and OpenAPI) as a stateless resource server that
 *       validates identity's own tokens exactly as every service does;
 *   <li>the login form (session-based: it serves the authorization-code flow).
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder()
                .issuer(properties.issuer().toString())
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(
            JdbcOperations jdbc,
            JdbcClient jdbcClient,
            TransactionTemplate transactions,
            RegisteredClientRepository clients) {
        return new ReuseDetectingAuthorizations(
                new JdbcOAuth2AuthorizationService(jdbc, clients), jdbcClient, transactions);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    SigningKeyRing signingKeyRing(SigningKeys keys, Mediator mediator, Clock clock) {
        return new SigningKeyRing(keys, mediator, clock);
    }

    /** The published keys: what {@code /oauth2/jwks} serves. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyRing ring) {
        return ring.published();
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeyRing ring) {
        return new NimbusJwtEncoder(ring.signing());
    }

    /** identity's own resource server: the platform's rules (RS256, issuer, audience, typ), keys read locally. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeyRing ring, AccessTokenProperties security) {
        var decoder = NimbusJwtDecoder.withJwkSource(ring.published())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(EmporiumJwtDecoders.validator(security));
        return decoder;
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(
            JwtEncoder encoder, Users users, IdentityProperties properties, Clock clock) {
        var jwt = new JwtGenerator(encoder);
        jwt.setJwtCustomizer(new AccessTokenClaims(users, properties.audience()));
        jwt.setClock(clock);
        return new DelegatingOAuth2TokenGenerator(jwt, new RotatingRefreshTokens(clock));
    }

    /** BCrypt for new hashes; the {@code {id}} prefix of each hash lets the algorithm change without a migration. */
    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new DelegatingPasswordEncoder(
                "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength())));
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(
            HttpSecurity http,
            IdentityProperties properties,
            OAuth2AuthorizationService authorizations,
            OAuth2TokenGenerator<?> tokens,
            RegisteredClientRepository clients,
            UserDetailsService accounts,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            Users users,
            JsonMapper json)
            throws Exception {
        var passwordGrant = new PasswordGrantAuthenticationProvider(
                signIn(accounts, passwords, throttle),
                authorizations,
                tokens,
                properties.passwordGrant().enabled());
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.clientAuthentication(client -> client.authenticationConverter(
                                    new PublicClientRequests.Converter("/oauth2/revoke"))
                            .authenticationProvider(new PublicClientRequests.Provider(clients)));
                    server.tokenEndpoint(
                            token -> token.accessTokenRequestConverter(new PasswordGrantAuthenticationConverter())
                                    .authenticationProvider(passwordGrant)
                                    .errorResponseHandler(new TokenErrorResponses(json)));
                    if (properties.passwordGrant().enabled()) {
                        server.authorizationServerMetadataEndpoint(
                                metadata -> metadata.authorizationServerMetadataCustomizer(builder ->
                                        builder.grantType(PasswordGrantAuthenticationToken.PASSWORD.getValue())));
                    }
                    server.oidc(oidc -> oidc.userInfoEndpoint(
                                    userInfo -> userInfo.userInfoMapper(new UserInfoClaims(users)))
                            .providerConfigurationEndpoint(config ->
                                    config.providerConfigurationCustomizer(metadata -> {
                                        if (properties.passwordGrant().enabled()) {
                                            metadata.grantType(PasswordGrantAuthenticationToken.PASSWORD.getValue());
                                        }
                                    })));
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, EmporiumSecurity security) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/error");
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/identity/users")
                        .permitAll()
                        .requestMatchers("/api/identity/me", "/api/identity/me/**")
                        .authenticated()
                        .requestMatchers("/api/identity/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain loginChain(
            HttpSecurity http,
            UserDetailsService accounts,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            JsonMapper json)
            throws Exception {
        showFailuresOnTheLoginPage(http);
        return http.authenticationManager(new ProviderManager(signIn(accounts, passwords, throttle)))
                .formLogin(form -> form.failureHandler(new LoginFailures(json)))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .build();
    }

    /**
     * A custom failure handler leaves the generated login page without its failure URL, so {@code /login?error}
     * (where {@link LoginFailures} sends browsers) would be an ordinary protected URL, redirected to a bare form that
     * does not say sign-in failed. Given the URL back, the page serves it with its error notice.
     */
    @SuppressWarnings("unchecked")
    private static void showFailuresOnTheLoginPage(HttpSecurity http) {
        DefaultLoginPageConfigurer<HttpSecurity> loginPage = http.getConfigurer(DefaultLoginPageConfigurer.class);
        if (loginPage != null) {
            loginPage.withObjectPostProcessor(new ObjectPostProcessor<DefaultLoginPageGeneratingFilter>() {
                @Override
                public <O extends DefaultLoginPageGeneratingFilter> O postProcess(O filter) {
                    filter.setFailureUrl(LoginFailures.FAILURE_URL);
                    return filter;
                }
            });
        }
    }

    private static ThrottledSignIn signIn(
            UserDetailsService accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        return new ThrottledSignIn(accounts, passwords, throttle);
    }
}

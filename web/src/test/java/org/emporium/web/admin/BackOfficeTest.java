package org.emporium.web.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.emporium.web.security.WebSecurityConfiguration;
import org.emporium.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The back-office tests' context: the whole web app (real filter chain, sessions in the real Redis) calling a
 * {@link StubGateway} instead of the gateway. The session's user is given as the sign-in would have made it: an OIDC
 * user with the access token's roles, and that token in the session's authorized client, which the web app sends on
 * to the (stub) gateway as {@code Authorization: Bearer}.
 */
abstract class BackOfficeTest extends WebIntegrationTest {
    static final StubGateway STUB = StubGateway.start();
    static final String ADMIN_TOKEN = "admin-access-token";
    static final String CUSTOMER_TOKEN = "customer-access-token";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    MockMvc mvc;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("emporium.web.gateway-url", STUB::url);
    }

    @BeforeEach
    void setUpBackOffice() {
        STUB.reset();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A signed-in admin with their access token in the session. */
    RequestPostProcessor admin() {
        return signedIn("ROLE_ADMIN", ADMIN_TOKEN);
    }

    /** A signed-in customer: the back office is not for them. */
    RequestPostProcessor customer() {
        return signedIn("ROLE_CUSTOMER", CUSTOMER_TOKEN);
    }

    private RequestPostProcessor signedIn(String role, String token) {
        return request -> {
            var now = Instant.now();
            var authorities = List.of(new SimpleGrantedAuthority(role));
            var idToken = OidcIdToken.withTokenValue("id-token")
                    .subject("user-" + role)
                    .claim("name", "Back Office " + role)
                    .issuedAt(now)
                    .expiresAt(now.plus(1, ChronoUnit.HOURS))
                    .build();
            var user = new DefaultOidcUser(authorities, idToken, "sub");
            var authentication =
                    new OAuth2AuthenticationToken(user, authorities, WebSecurityConfiguration.REGISTRATION);
            var processed = authentication(authentication).postProcessRequest(request);
            var client = new OAuth2AuthorizedClient(
                    registrations.findByRegistrationId(WebSecurityConfiguration.REGISTRATION),
                    "user-" + role,
                    new OAuth2AccessToken(
                            OAuth2AccessToken.TokenType.BEARER, token, now, now.plus(1, ChronoUnit.HOURS)));
            authorizedClients.saveAuthorizedClient(client, authentication, processed, new MockHttpServletResponse());
            return processed;
        };
    }
}

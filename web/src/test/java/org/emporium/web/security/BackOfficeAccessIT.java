package org.emporium.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.emporium.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may open the back office, through the app's real filter chain (in the shared context): a signed-in customer
 * gets the 403 page, an admin gets past security. The sign-in itself is the e2e journeys' part; here the session's
 * user is given as identity would have made it (an OIDC user with the access token's roles).
 */
class BackOfficeAccessIT extends WebIntegrationTest {
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void showsACustomerTheForbiddenPage() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"));
    }

    @Test
    void theForbiddenPageSaysSoWithA403() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/denied")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("403 — not allowed")));
    }

    @Test
    void letsAnAdminPastSecurity() throws Exception {
        // Past security an admin meets the dashboard, or (no gateway in this context) the 503 page: never the 403
        // page or the way to sign in. The back office with a stub gateway: web/admin/BackOfficeAccessControlIT.
        mvc.perform(MockMvcRequestBuilders.get("/admin")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getStatus())
                        .isNotIn(302, 403));
    }

    @Test
    void showsTheSignedInUserAndASignOutFormWithItsCsrfToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/register")
                        .with(oidcLogin()
                                .idToken(token -> token.claim("name", "Ada Customer"))
                                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign out (Ada Customer)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }
}

package org.emporium.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.identity.application.clients.RegisterServiceClient;
import org.emporium.identity.application.clients.ServiceClientCredentials;
import org.emporium.identity.application.users.ChangePassword;
import org.emporium.identity.application.users.GetUser;
import org.emporium.identity.application.users.RegisterUser;
import org.emporium.identity.application.users.UserView;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.emporium.platform.web.WebAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The controllers alone: what a request body binds to (never more than the request record names), which command
 * it becomes, and the JSON of the views. Authorization rules are the security chain's, tested over HTTP in the ITs.
 */
@WebMvcTest(controllers = {UsersController.class, MeController.class, AdminController.class})
@ImportAutoConfiguration(WebAutoConfiguration.class)
@Import(CurrentUser.class)
class ControllersWebMvcTest {
    private static final UUID ID = UUID.randomUUID();
    private static final UserView VIEW = new UserView(
            ID, "ada@example.org", "Ada", List.of("CUSTOMER"), true, Instant.parse("2026-01-01T10:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Mediator mediator;

    @Test
    void registrationBindsOnlyTheRequestFieldsAndAnswersTheViewWithItsLocation() throws Exception {
        when(mediator.send(any(RegisterUser.class))).thenReturn(new UserId(ID));
        when(mediator.send(any(GetUser.class))).thenReturn(VIEW);

        mvc.perform(post("/api/identity/users")
                        .with(csrf())
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"ada@example.org","password":"Correct-Horse-42","displayName":"Ada",
                                 "roles":["ADMIN"],"enabled":false}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/identity/users/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.roles[0]").value("CUSTOMER"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        verify(mediator)
                .send(argThat(sent -> ((Object) sent) instanceof RegisterUser command
                        && command.email().equals("ada@example.org")
                        && command.password().equals("Correct-Horse-42")
                        && command.displayName().equals("Ada")));
    }

    @Test
    void aBodyThatBreaksTheRequestRecordIsA400ProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/identity/users")
                        .with(csrf())
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-email\",\"password\":\"x\",\"displayName\":\"Ada\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("REQUEST.VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));

        verify(mediator, never()).send(any(RegisterUser.class));
    }

    @Test
    void thePasswordChangeIsForTheTokensUserFromTheClientAddress() throws Exception {
        mvc.perform(post("/api/identity/me/password")
                        .with(csrf())
                        .with(jwt().jwt(token ->
                                token.subject(ID.toString()).claim(CurrentUser.USER_ID_CLAIM, ID.toString())))
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.9");
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"old-password-1\",\"newPassword\":\"New-Horse-4242\"}"))
                .andExpect(status().isNoContent());

        verify(mediator)
                .send(argThat(sent -> ((Object) sent) instanceof ChangePassword command
                        && command.userId().equals(new UserId(ID))
                        && command.currentPassword().equals("old-password-1")
                        && "203.0.113.9".equals(command.clientAddress())));
    }

    @Test
    void aServiceTokenHasNoAccountOfItsOwn() throws Exception {
        mvc.perform(get("/api/identity/me").with(jwt().jwt(token -> token.subject(ID.toString()))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").exists());

        verify(mediator, never()).send(any(GetUser.class));
    }

    @Test
    void aNewClientsSecretIsShownInTheResponse() throws Exception {
        when(mediator.send(any(RegisterServiceClient.class)))
                .thenReturn(new ServiceClientCredentials("partner", "s3cret", List.of("catalog.read")));

        var body = mvc.perform(post("/api/identity/clients")
                        .with(csrf())
                        .with(jwt())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"partner\",\"scopes\":[\"catalog.read\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientSecret").value("s3cret"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"clientId\":\"partner\"");
        verify(mediator)
                .send(argThat(sent -> ((Object) sent) instanceof RegisterServiceClient command
                        && command.name().equals("partner")
                        && command.scopes().contains("catalog.read")));
    }
}

package org.emporium.identity.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.emporium.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token endpoint errors: the RFC 6749 JSON answer, except for a throttled sign-in, which is a 429 with
 * {@code Retry-After} and a problem document that still carries {@code error}/{@code error_description}.
 */
class TokenErrorResponses implements AuthenticationFailureHandler {
    private final OAuth2ErrorAuthenticationFailureHandler standard = new OAuth2ErrorAuthenticationFailureHandler();
    private final JsonMapper json;

    TokenErrorResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        if (exception instanceof OAuth2AuthenticationException oauth
                && oauth.getCause() instanceof SignInLockedException locked) {
            writeLocked(response, locked, oauth.getError().getErrorCode(), json);
            return;
        }
        standard.onAuthenticationFailure(request, response, exception);
    }

    static void writeLocked(HttpServletResponse response, SignInLockedException locked, String error, JsonMapper json)
            throws IOException {
        var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, locked.code(), locked.getMessage());
        problem.setProperty("retryAfterSeconds", locked.retryAfterSeconds());
        problem.setProperty("error", error);
        problem.setProperty("error_description", locked.getMessage());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

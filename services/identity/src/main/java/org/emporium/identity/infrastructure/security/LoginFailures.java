package org.emporium.identity.infrastructure.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login-form failures: a browser goes back to the form, which says that sign-in failed (a throttle refusal adds
 * {@code Retry-After}); a non-browser caller refused gets the 429 problem document.
 */
class LoginFailures implements AuthenticationFailureHandler {
    /** Where a browser goes back to after a failure; the login page shows the reason there. */
    static final String FAILURE_URL = "/login?error";

    private final SimpleUrlAuthenticationFailureHandler form = new SimpleUrlAuthenticationFailureHandler(FAILURE_URL);
    private final JsonMapper json;

    LoginFailures(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof SignInLockedException locked) {
            var accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
                TokenErrorResponses.writeLocked(response, locked, "access_denied", json);
                return;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
        }
        form.onAuthenticationFailure(request, response, exception);
    }
}

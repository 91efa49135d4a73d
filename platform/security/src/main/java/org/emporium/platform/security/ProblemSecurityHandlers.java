package org.emporium.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.emporium.platform.core.ProblemCodes;
import org.emporium.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as problem+json, keeping the RFC 6750 {@code WWW-Authenticate} header the bearer-token handlers set.
 * The reason a token was refused is logged at debug level, never told to the client in detail.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);
    private final JsonMapper json;
    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    public ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (log.isDebugEnabled()) {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        }
        bearerEntryPoint.commence(request, response, withoutDetails(e));
        write(response, HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, "A valid access token is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerDenied.handle(request, response, e);
        write(response, HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "You are not allowed to do this.");
    }

    /**
     * The bearer entry point copies the error description ("Jwt expired at ...", "Another algorithm expected ...")
     * into {@code WWW-Authenticate}; keep only the RFC 6750 error code there.
     */
    private static AuthenticationException withoutDetails(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            return new OAuth2AuthenticationException(
                    new BearerTokenError(error.getErrorCode(), error.getHttpStatus(), null, null, error.getScope()));
        }
        if (e instanceof OAuth2AuthenticationException oauth) {
            return new OAuth2AuthenticationException(
                    new OAuth2Error(oauth.getError().getErrorCode()));
        }
        return e;
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, code, detail));
    }
}

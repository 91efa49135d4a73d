package org.emporium.identity.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads a {@code grant_type=password} token request (RFC 6749 §4.3) from the form parameters. */
class PasswordGrantAuthenticationConverter implements AuthenticationConverter {
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-4.3.2";

    @Override
    public PasswordGrantAuthenticationToken convert(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || !PasswordGrantAuthenticationToken.PASSWORD
                        .getValue()
                        .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
            return null;
        }
        var username = single(request, USERNAME);
        var password = single(request, PASSWORD);
        Set<String> scopes = new LinkedHashSet<>();
        var scope = request.getParameterValues(OAuth2ParameterNames.SCOPE);
        if (scope != null) {
            if (scope.length != 1) {
                throw invalid(OAuth2ParameterNames.SCOPE);
            }
            scopes.addAll(
                    Arrays.stream(scope[0].split(" ")).filter(s -> !s.isBlank()).toList());
        }
        var additional = new HashMap<String, Object>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals(OAuth2ParameterNames.GRANT_TYPE)
                    && !key.equals(OAuth2ParameterNames.CLIENT_ID)
                    && !key.equals(USERNAME)
                    && !key.equals(PASSWORD)
                    && !key.equals(OAuth2ParameterNames.SCOPE)
                    && !key.equals(OAuth2ParameterNames.CLIENT_SECRET)) {
                additional.put(key, values.length == 1 ? values[0] : values);
            }
        });
        var client = SecurityContextHolder.getContext().getAuthentication();
        return new PasswordGrantAuthenticationToken(
                username, password, scopes, request.getRemoteAddr(), client, additional);
    }

    private static String single(HttpServletRequest request, String name) {
        var values = request.getParameterValues(name);
        if (values == null || values.length != 1 || values[0].isBlank()) {
            throw invalid(name);
        }
        return values[0];
    }

    private static OAuth2AuthenticationException invalid(String parameter) {
        return new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "OAuth 2.0 Parameter: " + parameter, ERROR_URI));
    }
}

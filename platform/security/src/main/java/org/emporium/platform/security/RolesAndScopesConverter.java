package org.emporium.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps the {@code scope} claim to {@code SCOPE_<scope>} and, for a person's token only ({@link CurrentUser#userId}),
 * the {@code roles} claim to {@code ROLE_<role>}: roles are people's, so a service token never holds one.
 */
public class RolesAndScopesConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        var authorities = new ArrayList<GrantedAuthority>();
        List<String> roles = CurrentUser.userId(jwt).isPresent() ? jwt.getClaimAsStringList("roles") : null;
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String s) {
            for (var part : s.split(" ")) {
                if (!part.isBlank()) {
                    authorities.add(new SimpleGrantedAuthority("SCOPE_" + part));
                }
            }
        } else if (scope instanceof Collection<?> c) {
            c.forEach(part -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + part)));
        }
        return authorities;
    }
}

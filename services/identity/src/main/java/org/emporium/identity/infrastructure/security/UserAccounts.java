package org.emporium.identity.infrastructure.security;

import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.Users;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks an account up by the email typed at sign-in. The returned principal's name is the user id, so every
 * authorization, refresh token and {@code sub} claim names the user by id, never by the (changeable) address.
 */
@Component
class UserAccounts implements UserDetailsService {
    private final Users users;

    UserAccounts(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        EmailAddress email;
        try {
            email = new EmailAddress(username);
        } catch (IllegalArgumentException e) {
            throw new UsernameNotFoundException("No such account");
        }
        return users.byEmail(email)
                .map(user -> User.withUsername(user.id().toString())
                        .password(user.passwordHash())
                        .disabled(!user.enabled())
                        .authorities(user.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                                .toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

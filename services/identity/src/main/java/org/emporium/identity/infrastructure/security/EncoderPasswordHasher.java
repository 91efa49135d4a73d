package org.emporium.identity.infrastructure.security;

import org.emporium.identity.application.users.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password hashing through the service's delegating encoder (BCrypt, hashes prefixed with their algorithm). */
@Component
class EncoderPasswordHasher implements PasswordHasher {
    private final PasswordEncoder encoder;

    EncoderPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}

package org.emporium.identity.application.users;

/** One-way password hashing with an adaptive algorithm; the hash names its algorithm so it can change later. */
public interface PasswordHasher {
    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}

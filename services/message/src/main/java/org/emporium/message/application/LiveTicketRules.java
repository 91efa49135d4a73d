package org.emporium.message.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** How long a live ticket lives, and how it is stored (only its SHA-256). */
public final class LiveTicketRules {
    public static final Duration LIFETIME = Duration.ofSeconds(30);

    private LiveTicketRules() {}

    public static String hash(String ticket) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

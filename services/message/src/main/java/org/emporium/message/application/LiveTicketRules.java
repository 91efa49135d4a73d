package org.emporium.message.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** How long a live ticket lives, how many one user may hold, and how it is stored (only its SHA-256). */
public final class LiveTicketRules {
    public static final Duration LIFETIME = Duration.ofSeconds(30);

    /**
     * Unredeemed tickets one user may hold at once; issuing one more drops that user's oldest. Enough for a user's
     * tabs and devices reconnecting together, and a bound on the rows a single token can make.
     */
    public static final int MAX_PER_USER = 10;

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

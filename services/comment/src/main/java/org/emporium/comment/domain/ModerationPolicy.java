package org.emporium.comment.domain;

/**
 * How a written or edited review enters moderation: every review waits for an admin ({@link ReviewStatus#PENDING}),
 * except that a verified buyer's is approved at once when {@code autoApproveVerifiedBuyers} (the default).
 */
public record ModerationPolicy(boolean autoApproveVerifiedBuyers) {
    public static final ModerationPolicy DEFAULT = new ModerationPolicy(true);

    public ReviewStatus statusFor(boolean verifiedBuyer) {
        return verifiedBuyer && autoApproveVerifiedBuyers ? ReviewStatus.APPROVED : ReviewStatus.PENDING;
    }
}

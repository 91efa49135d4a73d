package org.emporium.comment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One customer's review of one product, and its moderation. Only its author changes its content; only admins
 * moderate it; it registers a {@link ReviewEvent} whenever it becomes public or stops being public, which is what
 * moves the product's rating.
 */
public final class Review {
    public static final int MAX_REASON = 500;
    public static final long NEW = -1;

    private final ReviewId id;
    private final ProductId productId;
    private final CustomerId author;
    private ReviewContent content;
    private ReviewStatus status;
    private boolean verifiedBuyer;
    private @Nullable String rejectionReason;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final List<ReviewEvent> events = new ArrayList<>();

    private Review(
            ReviewId id,
            ProductId productId,
            CustomerId author,
            ReviewContent content,
            ReviewStatus status,
            boolean verifiedBuyer,
            @Nullable String rejectionReason,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.author = Objects.requireNonNull(author, "author");
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.verifiedBuyer = verifiedBuyer;
        this.rejectionReason = rejectionReason;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new review, pending or (for a verified buyer under the default policy) approved at once. */
    public static Review write(
            ReviewId id,
            ProductId productId,
            CustomerId author,
            ReviewContent content,
            boolean verifiedBuyer,
            ModerationPolicy policy,
            Instant now) {
        var review = new Review(
                id, productId, author, content, policy.statusFor(verifiedBuyer), verifiedBuyer, null, now, now, NEW);
        if (review.status == ReviewStatus.APPROVED) {
            review.published(now);
        }
        return review;
    }

    public static Review restore(
            ReviewId id,
            ProductId productId,
            CustomerId author,
            ReviewContent content,
            ReviewStatus status,
            boolean verifiedBuyer,
            @Nullable String rejectionReason,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new Review(
                id, productId, author, content, status, verifiedBuyer, rejectionReason, createdAt, updatedAt, version);
    }

    /**
     * The author rewrites the review. It goes back through moderation as a new one would (a verified buyer's stays
     * or becomes approved under the default policy); a public review that goes back to pending is withdrawn.
     *
     * @throws org.emporium.platform.core.DomainException 404 when {@code editor} is not the author
     */
    public void edit(
            CustomerId editor, ReviewContent newContent, boolean verified, ModerationPolicy policy, Instant now) {
        requireAuthor(editor);
        var wasPublic = status == ReviewStatus.APPROVED;
        content = newContent;
        verifiedBuyer = verifiedBuyer || verified;
        status = policy.statusFor(verifiedBuyer);
        rejectionReason = null;
        updatedAt = now;
        if (status == ReviewStatus.APPROVED) {
            published(now);
        } else if (wasPublic) {
            events.add(new ReviewEvent.Withdrawn(id, productId, "EDITED", now));
        }
    }

    /**
     * Its author, or an admin, deletes it; the repository removes it when saved.
     *
     * @throws org.emporium.platform.core.DomainException 404 when the caller is neither
     */
    public void delete(CustomerId caller, boolean admin, Instant now) {
        if (!admin) {
            requireAuthor(caller);
        }
        if (status == ReviewStatus.APPROVED) {
            events.add(new ReviewEvent.Withdrawn(id, productId, "DELETED", now));
        }
        updatedAt = now;
    }

    /** An admin makes it public; approving an approved review changes nothing. */
    public void approve(Instant now) {
        if (status == ReviewStatus.APPROVED) {
            return;
        }
        status = ReviewStatus.APPROVED;
        rejectionReason = null;
        updatedAt = now;
        published(now);
    }

    /** An admin refuses it, saying why (1–{@value #MAX_REASON} characters); a public review is withdrawn. */
    public void reject(String reason, Instant now) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw CommentErrors.invalidReview("reason", "reason has 1 to " + MAX_REASON + " characters.");
        }
        if (status == ReviewStatus.APPROVED) {
            events.add(new ReviewEvent.Withdrawn(id, productId, "REJECTED", now));
        }
        status = ReviewStatus.REJECTED;
        rejectionReason = why;
        updatedAt = now;
        events.add(new ReviewEvent.Rejected(id, productId, author, why, now));
    }

    /**
     * May {@code voter} vote it helpful (or take the vote back)? Only public reviews take votes, and not from their
     * author.
     */
    public void requireVotableBy(CustomerId voter) {
        if (status != ReviewStatus.APPROVED) {
            throw CommentErrors.reviewNotFound(id);
        }
        if (author.equals(voter)) {
            throw CommentErrors.ownReview();
        }
    }

    private void requireAuthor(CustomerId caller) {
        if (!author.equals(caller)) {
            throw CommentErrors.reviewNotFound(id);
        }
    }

    private void published(Instant now) {
        events.add(new ReviewEvent.Published(id, productId, author, content.rating(), verifiedBuyer, now));
    }

    /** The events registered since it was loaded, for the repository to hand to the outbox. */
    public List<ReviewEvent> events() {
        return List.copyOf(events);
    }

    public ReviewId id() {
        return id;
    }

    public ProductId productId() {
        return productId;
    }

    public CustomerId author() {
        return author;
    }

    public ReviewContent content() {
        return content;
    }

    public ReviewStatus status() {
        return status;
    }

    public boolean verifiedBuyer() {
        return verifiedBuyer;
    }

    public @Nullable String rejectionReason() {
        return rejectionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version it was loaded at ({@link #NEW} before the first save). */
    public long version() {
        return version;
    }
}

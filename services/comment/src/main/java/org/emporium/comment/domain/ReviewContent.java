package org.emporium.comment.domain;

/**
 * What a customer writes: 1–5 stars, a title of 1–{@value #MAX_TITLE} characters and a text of 1–{@value #MAX_TEXT}
 * characters, both trimmed. Stored as plain text exactly as written (no HTML is interpreted or stripped: clients
 * escape it when rendering); control characters other than line breaks and tabs are refused.
 */
public record ReviewContent(int rating, String title, String text) {
    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 5000;

    public ReviewContent {
        if (rating < 1 || rating > 5) {
            throw CommentErrors.invalidReview("rating", "rating is a whole number of stars from 1 to 5.");
        }
        title = checked("title", title, MAX_TITLE);
        text = checked("text", text, MAX_TEXT);
    }

    private static String checked(String field, String value, int max) {
        var trimmed = value == null ? "" : value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < 1 || length > max) {
            throw CommentErrors.invalidReview(field, field + " has 1 to " + max + " characters.");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw CommentErrors.invalidReview(field, field + " may not contain control characters.");
        }
        return trimmed;
    }
}

package org.emporium.platform.web;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;

/**
 * The ETag of a versioned resource is its version in quotes ({@code "3"}); a change names the version it read in
 * {@code If-Match} (weak or strong). A missing {@code If-Match} is 428 (see {@link ProblemDetailsAdvice}); one that
 * names no version can match nothing and is 412 {@code REQUEST.STALE_VERSION}, like a stale one.
 */
public final class ETags {
    private ETags() {}

    /** The ETag for {@code version}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names. */
    public static long version(String ifMatch) {
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new DomainException(
                    ProblemCodes.STALE_VERSION,
                    ErrorKind.PRECONDITION_FAILED,
                    "If-Match must carry the ETag you read, e.g. \"3\".");
        }
    }
}

package org.emporium.catalog.api;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** A product's or category's ETag is its version in quotes; {@code If-Match} must name it (weak or strong). */
final class ETags {
    private ETags() {}

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static long version(String ifMatch) {
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new DomainException(
                    CatalogErrors.STALE_VERSION,
                    ErrorKind.PRECONDITION_FAILED,
                    "If-Match must carry the ETag you read, e.g. \"3\".");
        }
    }
}

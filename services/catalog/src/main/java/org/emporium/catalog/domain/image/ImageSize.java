package org.emporium.catalog.domain.image;

import java.util.Arrays;
import java.util.Optional;

/** The sizes every image is stored in; {@code name} is the URL segment. */
public enum ImageSize {
    ORIGINAL("original", 0),
    LARGE("800", 800),
    THUMBNAIL("200", 200);

    private final String urlName;
    private final int maxEdge;

    ImageSize(String urlName, int maxEdge) {
        this.urlName = urlName;
        this.maxEdge = maxEdge;
    }

    public String urlName() {
        return urlName;
    }

    /** The longest edge of this size in pixels; 0 for the original. */
    public int maxEdge() {
        return maxEdge;
    }

    public static Optional<ImageSize> fromUrlName(String name) {
        return Arrays.stream(values()).filter(s -> s.urlName.equals(name)).findFirst();
    }
}

package org.emporium.message.application;

import java.util.UUID;

/** Tells every replica's live connections of {@code userId} that they have something new to fetch. */
public interface LiveFeed {

    /** Called once a notification for {@code userId} is committed; best effort (clients resume by id). */
    void changed(UUID userId);
}

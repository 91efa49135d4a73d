package org.emporium.message.infrastructure.live;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.message.application.NotificationView;
import tools.jackson.databind.json.JsonMapper;

/** The JSON frames of the push protocol (docs/message.md): {@code {type, id, ...}}. */
final class LiveFrames {
    private LiveFrames() {}

    static String notification(JsonMapper json, NotificationView view) {
        var frame = new LinkedHashMap<String, Object>();
        frame.put("type", "notification");
        frame.put("id", view.id());
        frame.put("kind", view.kind());
        frame.put("title", view.title());
        frame.put("body", view.body());
        frame.put("link", view.link());
        frame.put("createdAt", view.createdAt().toString());
        frame.put("readAt", view.readAt() == null ? null : view.readAt().toString());
        return json.writeValueAsString(frame);
    }

    static String hello(JsonMapper json, long lastId, Instant expiresAt) {
        return json.writeValueAsString(Map.of("type", "hello", "id", lastId, "expiresAt", expiresAt.toString()));
    }

    static String heartbeat(JsonMapper json) {
        return json.writeValueAsString(Map.of("type", "heartbeat"));
    }

    static String error(JsonMapper json, String code, String detail) {
        return json.writeValueAsString(Map.of("type", "error", "code", code, "detail", detail));
    }
}

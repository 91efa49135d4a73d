package org.emporium.statistics.infrastructure.live;

import java.io.IOException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.emporium.statistics.application.OverviewChanges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live channel: SSE subscribers get an {@code overview-changed} event at most once per
 * {@code emporium.statistics.live-interval}; any number of changes in between are coalesced into one. Every
 * {@code emporium.statistics.live-heartbeat} each stream also gets a comment line, so a proxy with an idle timeout
 * (an ingress, a load balancer) never sees a silent stream, and a subscriber whose connection is gone is dropped
 * then instead of at the next change.
 */
@Component
public class LiveOverview implements OverviewChanges {
    public static final String EVENT = "overview-changed";
    public static final String HEARTBEAT = "heartbeat";
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final CopyOnWriteArrayList<SseEmitter> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void changed() {
        dirty.set(true);
    }

    /** A new subscriber; it is dropped when its connection ends. */
    public SseEmitter subscribe() {
        var emitter = new SseEmitter(0L);
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("subscribed"));
        } catch (IOException e) {
            subscribers.remove(emitter);
        }
        return emitter;
    }

    @Scheduled(
            fixedDelayString = "${emporium.statistics.live-heartbeat:10s}",
            initialDelayString = "${emporium.statistics.live-heartbeat:10s}")
    void heartbeat() {
        for (var emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().comment(HEARTBEAT));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }
    }

    @Scheduled(fixedDelayString = "${emporium.statistics.live-interval:1s}")
    void push() {
        if (!dirty.getAndSet(false)) {
            return;
        }
        for (var emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name(EVENT).data("{\"changed\":\"overview\"}"));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }
    }
}

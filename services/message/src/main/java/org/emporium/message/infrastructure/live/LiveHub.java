package org.emporium.message.infrastructure.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.emporium.message.application.ListNotificationsAfter;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * This instance's open live connections. A wake-up for a user (from the fan-out exchange, so from any replica)
 * makes each of the user's connections fetch what it has not been sent yet, oldest first, from the database: the
 * frames a client receives therefore never skip an id, whatever order wake-ups arrive in. Every heartbeat period
 * each connection also gets a heartbeat and a catch-up, so a wake-up lost while the broker was away delays a
 * notification by one period instead of losing it. A connection is closed when its token's lifetime ends.
 *
 * <p>The work for each connection (its database read and its socket write) runs on a virtual thread of its own, never
 * on the broker listener's or the heartbeat's thread: a client on a stalled link blocks only itself. A database
 * failure (pool exhausted, fail-over) keeps the connection open: the next wake-up or heartbeat catches it up. Only a
 * failed send closes it.
 */
@Component
class LiveHub implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    private static final int BATCH = 100;

    private final Map<UUID, Set<LiveSession>> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-hub").daemon().factory());
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    private final Mediator mediator;
    private final Clock clock;

    LiveHub(Mediator mediator, Clock clock, @Value("${emporium.message.live.heartbeat:25s}") Duration heartbeat) {
        this.mediator = mediator;
        this.clock = clock;
        scheduler.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Adds {@code session}, sends what it missed and schedules its close when its token expires. */
    void register(LiveSession session) {
        // Added inside compute: a concurrent unregister of the user's last other connection cannot drop the set
        // this one was just put in.
        sessions.compute(session.userId, (id, set) -> {
            var open = set == null ? ConcurrentHashMap.<LiveSession>newKeySet() : set;
            open.add(session);
            return open;
        });
        var left = Duration.between(clock.instant(), session.until);
        session.expiry = scheduler.schedule(() -> expire(session), Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
        catchUp(session);
    }

    void unregister(LiveSession session) {
        sessions.computeIfPresent(session.userId, (id, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
        var expiry = session.expiry;
        if (expiry != null) {
            expiry.cancel(false);
        }
    }

    /** The client says it has everything up to {@code after}: send it what is newer. */
    void resume(LiveSession session, long after) {
        synchronized (session) {
            session.lastSent = after;
        }
        catchUp(session);
    }

    /** Something new for {@code userId}: each of its connections here catches up. */
    void wake(UUID userId) {
        var open = sessions.get(userId);
        if (open != null) {
            open.forEach(session -> work.execute(() -> catchUp(session)));
        }
    }

    int connections() {
        return sessions.values().stream().mapToInt(Set::size).sum();
    }

    private void catchUp(LiveSession session) {
        synchronized (session) {
            try {
                while (true) {
                    var missed = mediator.send(new ListNotificationsAfter(session.userId, session.lastSent, BATCH));
                    for (var notification : missed) {
                        session.send(notification);
                        session.lastSent = notification.id();
                    }
                    if (missed.size() < BATCH) {
                        return;
                    }
                }
            } catch (DataAccessException | TransactionException e) {
                log.warn(
                        "Live catch-up of {} failed on the database; keeping the connection: {}",
                        session.userId,
                        e.toString());
            } catch (IOException | RuntimeException e) {
                log.debug("Live connection of {} failed; closing it", session.userId, e);
                unregister(session);
                session.close(false);
            }
        }
    }

    private void expire(LiveSession session) {
        unregister(session);
        synchronized (session) {
            session.close(true);
        }
    }

    private void beat() {
        for (var open : sessions.values()) {
            for (var session : open) {
                if (!clock.instant().isBefore(session.until)) {
                    expire(session);
                    continue;
                }
                work.execute(() -> {
                    catchUp(session);
                    synchronized (session) {
                        try {
                            session.heartbeat();
                        } catch (IOException | RuntimeException e) {
                            unregister(session);
                            session.close(false);
                        }
                    }
                });
            }
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        work.shutdownNow();
        sessions.values().forEach(open -> open.forEach(session -> session.close(false)));
        sessions.clear();
    }
}

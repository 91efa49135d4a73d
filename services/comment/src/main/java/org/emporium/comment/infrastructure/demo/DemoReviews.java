package org.emporium.comment.infrastructure.demo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.emporium.comment.application.ApproveReview;
import org.emporium.comment.application.WriteReview;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo reviews of the {@code dev} profile: a handful of approved reviews on demo catalog products (found by
 * slug in the product copy), written by fixed demo customers through the same commands as the API. Creates only what
 * is missing, so it is safe on every start; products the copy does not know yet (the catalog's events or the seeding
 * have not arrived) are tried again shortly, a limited number of times.
 */
@Component
@ConditionalOnBooleanProperty("emporium.comment.demo-data.enabled")
class DemoReviews implements ApplicationRunner, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);
    private static final int ATTEMPTS = 20;
    private static final Duration RETRY = Duration.ofSeconds(15);

    record Demo(String productSlug, UUID customer, int rating, String title, String text) {}

    private static final UUID ADA = UUID.fromString("00000000-0000-4000-8000-00000000ada1");
    private static final UUID GRACE = UUID.fromString("00000000-0000-4000-8000-000000009ace");
    private static final UUID LINUS = UUID.fromString("00000000-0000-4000-8000-0000000011a5");

    static final List<Demo> REVIEWS = List.of(
            new Demo(
                    "wireless-noise-cancelling-headphones",
                    ADA,
                    5,
                    "Silence on the train",
                    "The noise cancelling is excellent and the battery lasts all week."),
            new Demo(
                    "wireless-noise-cancelling-headphones",
                    GRACE,
                    4,
                    "Great, a bit tight",
                    "Sound is superb; the headband is snug for the first days."),
            new Demo(
                    "studio-monitor-headphones",
                    LINUS,
                    5,
                    "Honest sound",
                    "Flat and detailed, exactly what I want for mixing."),
            new Demo(
                    "true-wireless-earbuds",
                    ADA,
                    3,
                    "Fine for the gym",
                    "They stay in, but the case scratches easily."),
            new Demo(
                    "portable-bluetooth-speaker",
                    GRACE,
                    5,
                    "Survived the lake",
                    "Dropped it in the water twice; still plays loud and clear."));

    private final Mediator mediator;
    private final JdbcClient jdbc;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("demo-reviews").factory());

    DemoReviews(Mediator mediator, JdbcClient jdbc) {
        this.mediator = mediator;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.execute(() -> attempt(1));
    }

    private void attempt(int attempt) {
        int missing;
        try {
            missing = seed();
        } catch (RuntimeException e) {
            log.warn("Demo reviews not written yet: {}", e.toString());
            missing = REVIEWS.size();
        }
        if (missing == 0) {
            log.info("Demo reviews ready ({} in the demo set)", REVIEWS.size());
        } else if (attempt < ATTEMPTS) {
            scheduler.schedule(() -> attempt(attempt + 1), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            log.warn("{} demo reviews skipped: their products are unknown (is the demo catalog loaded?)", missing);
        }
    }

    /** @return how many demo reviews could not be written because their product is not known yet */
    int seed() {
        int missing = 0;
        for (var demo : REVIEWS) {
            var product = jdbc.sql("SELECT id FROM known_products WHERE slug = :slug AND status = 'ACTIVE' AND NOT"
                            + " deleted")
                    .param("slug", demo.productSlug())
                    .query(UUID.class)
                    .optional();
            if (product.isEmpty()) {
                missing++;
                continue;
            }
            var exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM reviews WHERE product_id = :product AND author_id ="
                            + " :author)")
                    .param("product", product.get())
                    .param("author", demo.customer())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                var id = mediator.send(
                        new WriteReview(product.get(), demo.customer(), demo.rating(), demo.title(), demo.text()));
                mediator.send(new ApproveReview(id));
            }
        }
        return missing;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}

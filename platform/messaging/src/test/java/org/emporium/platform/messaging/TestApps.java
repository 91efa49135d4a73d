package org.emporium.platform.messaging;

import java.util.List;
import java.util.UUID;
import org.emporium.platform.messaging.testapp.Effects;
import org.emporium.platform.messaging.testapp.TestApplication;
import org.emporium.platform.messaging.testapp.TestApplication.ThingHappened;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The messaging tests that start test applications of their own (outside a Spring test context) share these. */
final class TestApps {
    private TestApps() {}

    static ConfigurableApplicationContext start(List<String> settings) {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run(settings.toArray(String[]::new));
    }

    /** A messaging namespace of its own, so no other test shares its exchange and queues. */
    static String namespace() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String thing() {
        return "thing-" + UUID.randomUUID();
    }

    /** Stores a {@link ThingHappened} for {@code thing} in the outbox, in a transaction of its own. */
    static void store(ConfigurableApplicationContext app, String thing, String note) {
        var outbox = app.getBean(EventOutbox.class);
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> outbox.add(new ThingHappened(thing, note)));
    }

    static Effects effects(ConfigurableApplicationContext app) {
        return app.getBean(Effects.class);
    }

    static boolean published(ConfigurableApplicationContext app, String thing) {
        return Boolean.TRUE.equals(app.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT published_at IS NOT NULL FROM emporium_outbox WHERE subject = ?",
                        Boolean.class,
                        thing));
    }
}

package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.emporium.identity.IdentityApplication;
import org.emporium.identity.infrastructure.config.ServiceClientSecrets;
import org.emporium.platform.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * Outside the dev profile identity refuses to start insecurely (docs/identity.md, "Signing keys and rotation"): the
 * real application, started as production would start it, is stopped by its start-up guard. Every other setting
 * it needs is given, so the message names the one problem under test and nothing else.
 */
class NonDevStartupIT {
    private static final String SECRET = "a-production-key-encryption-secret";
    /** The service clients of application.yml: outside dev each needs a secret, or the start stops for that too. */
    private static final List<String> SERVICE_CLIENTS = List.of(
            "catalog-service",
            "basket-service",
            "discount-service",
            "ordering-service",
            "comment-service",
            "message-service",
            "statistics-service",
            "web");

    private static String database;

    @BeforeAll
    static void database() {
        database = TestInfrastructure.createDatabase("identity_guard");
    }

    @Test
    void refusesToStartWithoutTheKeyEncryptionSecret() {
        var failure = start("--emporium.identity.key-encryption-secret=");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("identity refuses to start: EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET is not set");
    }

    @Test
    void refusesToStartWithTheDemoAccountsEnabled() {
        var failure = start(
                "--emporium.identity.key-encryption-secret=" + SECRET,
                "--emporium.identity.demo-accounts.enabled=true");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "identity refuses to start: demo accounts (emporium.identity.demo-accounts.enabled) are only"
                                + " allowed in the dev profile");
    }

    @Test
    void refusesToStartWhileTheDevProfilesDemoAccountsRemain() {
        // An instance run in dev (which seeds the demo accounts) is switched to production on the same database.
        var devDatabase = TestInfrastructure.createDatabase("identity_was_dev");
        var dev = arguments(devDatabase, "dev");
        dev.add("--emporium.identity.bcrypt-strength=4");
        try (var started = new SpringApplicationBuilder(IdentityApplication.class).run(dev.toArray(String[]::new))) {
            assertThat(started.isRunning()).isTrue();
        }

        var production = arguments(devDatabase, "production");
        production.add("--emporium.identity.key-encryption-secret=" + SECRET);
        var failure = run(production);

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("identity refuses to start: the dev profile's demo accounts admin@emporium.dev,"
                        + " customer@emporium.dev exist with their published passwords; remove them (DELETE FROM"
                        + " users WHERE lower(email) IN ('admin@emporium.dev', 'customer@emporium.dev')) or start"
                        + " once with the dev profile and change their passwords");
    }

    /** Starts identity with the {@code production} profile and returns why it did not start. */
    private static Throwable start(String... settings) {
        var args = arguments(database, "production");
        args.addAll(List.of(settings));
        return run(args);
    }

    private static Throwable run(List<String> args) {
        try (var started = new SpringApplicationBuilder(IdentityApplication.class).run(args.toArray(String[]::new))) {
            throw new AssertionError("identity started with " + args);
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    private static List<String> arguments(String database, String profile) {
        var postgres = TestInfrastructure.postgres();
        var broker = TestInfrastructure.amqp();
        var args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + profile,
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + postgres.adminUser(),
                "--spring.datasource.password=" + postgres.adminPassword(),
                "--spring.rabbitmq.host=" + broker.host(),
                "--spring.rabbitmq.port=" + broker.port(),
                "--spring.rabbitmq.username=" + broker.username(),
                "--spring.rabbitmq.password=" + broker.password(),
                "--emporium.messaging.namespace=t"
                        + UUID.randomUUID().toString().substring(0, 8)));
        SERVICE_CLIENTS.forEach(client ->
                args.add("--" + ServiceClientSecrets.variableFor(client) + "=" + client + "-production-secret"));
        return args;
    }
}

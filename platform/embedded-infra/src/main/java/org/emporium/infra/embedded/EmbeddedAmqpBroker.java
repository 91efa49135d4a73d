package org.emporium.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.qpid.server.SystemLauncher;
import org.jspecify.annotations.Nullable;

/**
 * Apache Qpid Broker-J 10 in this JVM, speaking AMQP 0-9-1 on a loopback port, user {@code guest}/{@code guest}.
 *
 * <p>With a work directory the virtual host keeps its exchanges, queues and persistent messages in an
 * embedded Derby store there, so they survive a restart; without one everything is in memory.
 *
 * <p>Broker-J 10.1 or newer is required on Java 24+: 10.0 calls {@code Subject.getSubject}, which the JDK no
 * longer supports.
 */
public final class EmbeddedAmqpBroker implements AutoCloseable {
    public static final String USERNAME = "guest";
    public static final String PASSWORD = "guest";

    private final SystemLauncher launcher;
    private final int port;

    private EmbeddedAmqpBroker(SystemLauncher launcher, int port) {
        this.launcher = launcher;
        this.port = port;
    }

    public static EmbeddedAmqpBroker startTemporary() {
        return start(null, FreePorts.find());
    }

    /** @param workDirectory the broker's work folder (logs, config); {@code null} for a temporary one */
    public static EmbeddedAmqpBroker start(@Nullable Path workDirectory, int port) {
        try {
            var persistent = workDirectory != null;
            var work = persistent ? Files.createDirectories(workDirectory) : Files.createTempDirectory("emporium-qpid");
            var config = work.resolve("initial-config.json");
            try (var template = EmbeddedAmqpBroker.class.getResourceAsStream("qpid-config.json")) {
                Files.writeString(
                        config,
                        new String(template.readAllBytes(), StandardCharsets.UTF_8)
                                .replace("@NODE_TYPE@", persistent ? "DERBY" : "Memory")
                                .replace("@VHOST_TYPE@", persistent ? "ProvidedStore" : "Memory"));
            }
            var context = new HashMap<String, String>();
            context.put("qpid.amqp_port", Integer.toString(port));
            context.put("qpid.work_dir", work.toAbsolutePath().toString());
            context.put("qpid.home_dir", work.toAbsolutePath().toString());
            context.put("qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}");
            var attributes = new HashMap<String, Object>();
            attributes.put("type", "Memory");
            attributes.put("initialConfigurationLocation", config.toUri().toString());
            attributes.put("startupLoggedToSystemOut", false);
            attributes.put("context", Map.copyOf(context));
            var launcher = new SystemLauncher();
            launcher.startup(attributes);
            if (!FreePorts.isListening(port)) {
                // Broker-J logs a failed start instead of throwing it.
                launcher.shutdown();
                throw new IllegalStateException("Qpid Broker-J did not open port " + port + "; see its log in " + work);
            }
            return new EmbeddedAmqpBroker(launcher, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Qpid Broker-J did not start on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        launcher.shutdown();
    }
}

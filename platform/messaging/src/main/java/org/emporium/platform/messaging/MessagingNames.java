package org.emporium.platform.messaging;

import java.util.regex.Pattern;

/** Broker and inbox names of one service, with the optional test namespace applied. */
record MessagingNames(String service, String namespace, String baseExchange) {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    MessagingNames {
        if (service == null || !KEBAB.matcher(service).matches()) {
            throw new IllegalStateException(
                    "platform-messaging needs spring.application.name set to the service name in kebab case (it names"
                            + " the event source and the queues), was " + service);
        }
        namespace = namespace == null ? "" : namespace.strip();
    }

    static String requirePurpose(String purpose) {
        if (purpose == null || !KEBAB.matcher(purpose).matches()) {
            throw new IllegalArgumentException("Queue purpose must be kebab case, e.g. stock, was " + purpose);
        }
        return purpose;
    }

    boolean namespaced() {
        return !namespace.isEmpty();
    }

    String exchange() {
        return prefixed(baseExchange);
    }

    /** The inbox consumer name and queue name without namespace: {@code <service>.<purpose>}. */
    String consumer(String purpose) {
        return service + "." + purpose;
    }

    String queue(String purpose) {
        return prefixed(consumer(purpose));
    }

    /** Another service's queue {@code <service>.<purpose>}, with this context's namespace. */
    String queue(String otherService, String purpose) {
        return prefixed(otherService + "." + purpose);
    }

    static String deadLetterQueue(String queue) {
        return queue + ".dlq";
    }

    String source() {
        return CloudEvents.source(service);
    }

    private String prefixed(String name) {
        return namespaced() ? namespace + "." + name : name;
    }
}

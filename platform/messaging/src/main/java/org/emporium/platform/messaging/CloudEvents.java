package org.emporium.platform.messaging;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The envelope every event travels in: CloudEvents 1.0 in binary mode of the AMQP protocol binding. Attributes are
 * AMQP application properties (headers) prefixed {@code cloudEvents:}; {@code datacontenttype} is the AMQP
 * content-type; the body is the JSON payload. Receivers also accept the {@code cloudEvents_} prefix that later
 * revisions of the binding allow.
 */
public final class CloudEvents {
    public static final String PREFIX = "cloudEvents:";
    public static final String ALTERNATIVE_PREFIX = "cloudEvents_";
    public static final String ID = PREFIX + "id";
    public static final String SOURCE = PREFIX + "source";
    public static final String SPECVERSION = PREFIX + "specversion";
    public static final String TYPE = PREFIX + "type";
    public static final String TIME = PREFIX + "time";
    public static final String SUBJECT = PREFIX + "subject";
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String TRACEPARENT = "traceparent";

    private static final String TYPE_PREFIX = "org.emporium.";
    private static final Pattern ROUTING_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TYPE_PATTERN =
            Pattern.compile(Pattern.quote(TYPE_PREFIX) + "(" + ROUTING_KEY.pattern() + ")\\.v([1-9][0-9]*)");

    private CloudEvents() {}

    /** {@code org.emporium.<routingKey>.v<version>}, e.g. {@code org.emporium.ordering.order-placed.v1}. */
    public static String type(String routingKey, int version) {
        requireRoutingKey(routingKey);
        if (version < 1) {
            throw new IllegalArgumentException("Event version must be 1 or more, was " + version);
        }
        return TYPE_PREFIX + routingKey + ".v" + version;
    }

    /** The routing key a type names, or null if it is not an Emporium type. */
    public static @Nullable String routingKeyOf(@Nullable String type) {
        if (type == null) {
            return null;
        }
        var matcher = TYPE_PATTERN.matcher(type);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** {@code /emporium/<service>}. */
    public static String source(String service) {
        return "/emporium/" + service;
    }

    static String requireRoutingKey(String routingKey) {
        if (routingKey == null || !ROUTING_KEY.matcher(routingKey).matches()) {
            throw new IllegalArgumentException(
                    "Routing key must be <source>.<event> in kebab case, e.g. ordering.order-placed, was "
                            + routingKey);
        }
        return routingKey;
    }
}

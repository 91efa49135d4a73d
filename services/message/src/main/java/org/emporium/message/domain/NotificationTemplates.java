package org.emporium.message.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where notification text is written: per kind a title, a body and a link, with {@code {name}}
 * placeholders filled from the event's parameters. A parameter the event does not carry renders as empty text; a
 * template naming a parameter nobody sends is caught by the unit test of every kind.
 */
public final class NotificationTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    record Template(String title, String body, String link) {}

    private static final Map<NotificationKind, Template> TEMPLATES = new EnumMap<>(NotificationKind.class);

    static {
        TEMPLATES.put(
                NotificationKind.WELCOME,
                new Template(
                        "Welcome to Emporium, {name}",
                        "Your account is ready. Browse the catalog and enjoy your shopping.",
                        "/"));
        TEMPLATES.put(
                NotificationKind.ORDER_RECEIVED,
                new Template(
                        "We received your order",
                        "Thank you! Your order {order} with {items} item(s) is being checked.",
                        "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.ORDER_AWAITING_PAYMENT,
                new Template(
                        "Your order awaits payment",
                        "Order {order} is reserved for you; please pay {total} {currency} to complete it.",
                        "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.ORDER_PAID,
                new Template(
                        "Payment received",
                        "We received {total} {currency} for order {order}; we are preparing it.",
                        "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.ORDER_SHIPPED,
                new Template("Your order is on its way", "Order {order} has been shipped.", "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.ORDER_DELIVERED,
                new Template(
                        "Your order was delivered",
                        "Order {order} was delivered. Enjoy, and tell others what you think in a review.",
                        "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.ORDER_CANCELLED,
                new Template("Your order was cancelled", "Order {order} was cancelled ({reason}).", "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.ORDER_EXPIRED,
                new Template(
                        "Your order expired",
                        "Order {order} expired before it was paid ({reason}); nothing was charged.",
                        "/orders/{order}"));
        TEMPLATES.put(
                NotificationKind.REVIEW_APPROVED,
                new Template(
                        "Your review is public",
                        "Your {rating}-star review is now visible to everyone. Thank you!",
                        "/products/{product}"));
        TEMPLATES.put(
                NotificationKind.REVIEW_REJECTED,
                new Template(
                        "Your review was not published",
                        "A moderator did not publish your review: {reason}. You can edit it and submit it again.",
                        "/products/{product}"));
        TEMPLATES.put(
                NotificationKind.CONVERSATION_REPLY,
                new Template("New message: {subject}", "{text}", "/support/conversations/{conversation}"));
    }

    /** Renders {@code kind}'s template with {@code parameters} for {@code userId}. */
    public Notification render(NotificationKind kind, Map<String, String> parameters, UUID userId, Instant createdAt) {
        var template = TEMPLATES.get(kind);
        if (template == null) {
            throw new IllegalStateException("No template for " + kind);
        }
        return new Notification(
                userId,
                kind,
                fill(template.title(), parameters),
                fill(template.body(), parameters),
                fill(template.link(), parameters),
                createdAt);
    }

    static String fill(String text, Map<String, String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(parameters.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

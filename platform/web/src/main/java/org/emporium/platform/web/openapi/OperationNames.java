package org.emporium.platform.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives every operation a summary and an operationId a generated client can use as a method name.
 *
 * <ul>
 *   <li>Summary: the one given by {@code @Operation(summary = ...)}, else the controller method's name in words, with
 *       the controller's subject added when the name is a bare verb ({@code ProductController.get} → "Get
 *       product", {@code changePassword} → "Change password").
 *   <li>operationId: the method name while it is unique in the document; where two controllers share one (springdoc
 *       would number them {@code get_1}), each gets its subject appended ({@code getProduct}, {@code getCategory}),
 *       so ids do not depend on the order springdoc happens to scan controllers in.
 * </ul>
 */
public class OperationNames implements GlobalOperationCustomizer, GlobalOpenApiCustomizer, Ordered {
    static final String SUBJECT = "x-emporium-subject";
    private static final java.util.Set<String> MANY = java.util.Set.of("search", "list", "find");
    private static final Pattern NUMBERED = Pattern.compile("_\\d+$");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        var controller = controller(handlerMethod.getBeanType().getSimpleName());
        var method = handlerMethod.getMethod().getName();
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summary(method, words(controller)));
        }
        operation.addExtension(SUBJECT, controller);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        var operations = new ArrayList<Operation>();
        openApi.getPaths().values().forEach(item -> operations.addAll(item.readOperations()));
        Map<String, List<Operation>> byBaseId = new HashMap<>();
        for (var operation : operations) {
            if (operation.getOperationId() != null) {
                var base = NUMBERED.matcher(operation.getOperationId()).replaceAll("");
                byBaseId.computeIfAbsent(base, k -> new ArrayList<>()).add(operation);
            }
        }
        byBaseId.forEach((base, sharing) -> {
            for (var operation : sharing) {
                var subject = operation.getExtensions() == null
                        ? null
                        : (String) operation.getExtensions().get(SUBJECT);
                if (sharing.size() > 1 && subject != null) {
                    operation.setOperationId(base + subject);
                }
            }
        });
        for (var operation : operations) {
            if (operation.getExtensions() != null) {
                operation.getExtensions().remove(SUBJECT);
                if (operation.getExtensions().isEmpty()) {
                    operation.setExtensions(null);
                }
            }
        }
    }

    /** {@code ProductController} → {@code Product}. */
    static String controller(String simpleName) {
        return simpleName.endsWith("Controller")
                ? simpleName.substring(0, simpleName.length() - "Controller".length())
                : simpleName;
    }

    /**
     * A bare verb gets the controller's subject: singular ("Grant user"), plural after a verb that reads many
     * ("Search users").
     */
    static String summary(String method, String subject) {
        var words = words(method);
        var singular =
                subject.endsWith("s") && !subject.endsWith("ss") ? subject.substring(0, subject.length() - 1) : subject;
        if (!words.contains(" ") && !singular.isBlank() && !words.equals(singular)) {
            words = words + " " + (MANY.contains(words) ? singular + "s" : singular);
        }
        return capitalise(words);
    }

    static String words(String camelCase) {
        return WORD_START.matcher(camelCase).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

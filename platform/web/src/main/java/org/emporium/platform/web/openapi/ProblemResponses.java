package org.emporium.platform.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * Documents the RFC 9457 errors every operation can answer with, as platform-web produces them: a {@code Problem}
 * schema ({@code application/problem+json} with the stable {@code code}, {@code traceId} and, for validation, the
 * offending fields) and one shared response per status, added to each operation where it applies:
 *
 * <ul>
 *   <li>400 when the operation takes parameters or a body (validation, malformed or unknown fields);
 *   <li>401 on every protected operation, 403 on those that need more than a valid token ({@link
 *       SecurityRequirementsCustomizer} decides and records it);
 *   <li>404 when the path names something ({@code {id}});
 *   <li>409 and 422 on every command (POST, PUT, PATCH, DELETE): a business refusal;
 *   <li>412 when the operation takes {@code If-Match} (stale version, {@code REQUEST.STALE_VERSION});
 *   <li>429 everywhere (the gateway's rate limits).
 * </ul>
 *
 * A response the controller documents itself is left alone.
 */
public class ProblemResponses implements GlobalOpenApiCustomizer, Ordered {
    /** Runs after {@link SecurityRequirementsCustomizer}, whose decisions it reads. */
    public static final int ORDER = SecurityRequirementsCustomizer.ORDER + 10;

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String SCHEMA = "Problem";
    static final String FORBIDDEN_APPLIES = "x-emporium-forbidden";

    private static final Set<PathItem.HttpMethod> COMMANDS = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** One documented error response, shared by every operation it applies to. */
    record ErrorResponse(int status, String name, String description) {
        String ref() {
            return "#/components/responses/" + name;
        }
    }

    static final List<ErrorResponse> RESPONSES = List.of(
            new ErrorResponse(400, "BadRequest", "The request is malformed or breaks a constraint."),
            new ErrorResponse(401, "Unauthorized", "No valid access token."),
            new ErrorResponse(403, "Forbidden", "The token lacks the role or scope this needs."),
            new ErrorResponse(404, "NotFound", "Nothing of that id (or not the caller's to see)."),
            new ErrorResponse(409, "Conflict", "Refused: it conflicts with the current state."),
            new ErrorResponse(412, "PreconditionFailed", "If-Match names a stale version (REQUEST.STALE_VERSION)."),
            new ErrorResponse(422, "UnprocessableContent", "Refused by a business rule."),
            new ErrorResponse(429, "TooManyRequests", "Rate limit exceeded; see Retry-After."));

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        var used = new java.util.TreeSet<Integer>();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    var statuses = statuses(path, method, operation);
                    var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                    RESPONSES.stream()
                            .filter(response -> statuses.contains(response.status()))
                            .forEach(response -> {
                                if (!responses.containsKey(String.valueOf(response.status()))) {
                                    responses.addApiResponse(
                                            String.valueOf(response.status()), new ApiResponse().$ref(response.ref()));
                                    used.add(response.status());
                                }
                            });
                    operation.setResponses(responses);
                    if (operation.getExtensions() != null) {
                        operation.getExtensions().remove(FORBIDDEN_APPLIES);
                        if (operation.getExtensions().isEmpty()) {
                            operation.setExtensions(null);
                        }
                    }
                }));
        register(openApi, used);
    }

    static List<Integer> statuses(String path, PathItem.HttpMethod method, Operation operation) {
        var statuses = new java.util.ArrayList<Integer>();
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters || operation.getRequestBody() != null) {
            statuses.add(400);
        }
        boolean isProtected =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (isProtected) {
            statuses.add(401);
            if (operation.getExtensions() != null
                    && Boolean.TRUE.equals(operation.getExtensions().get(FORBIDDEN_APPLIES))) {
                statuses.add(403);
            }
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (COMMANDS.contains(method)) {
            statuses.add(409);
        }
        if (hasParameters && operation.getParameters().stream().anyMatch(ProblemResponses::isIfMatch)) {
            statuses.add(412);
        }
        if (COMMANDS.contains(method)) {
            statuses.add(422);
        }
        statuses.add(429);
        return statuses;
    }

    private static boolean isIfMatch(Parameter parameter) {
        return "header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName());
    }

    /** Adds the Problem schema and the shared responses in use (an unused component is a lint warning). */
    private static void register(OpenAPI openApi, Set<Integer> used) {
        if (used.isEmpty()) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        var components = openApi.getComponents();
        components.addSchemas(SCHEMA, problemSchema());
        components.addSchemas("FieldError", fieldErrorSchema());
        RESPONSES.stream().filter(error -> used.contains(error.status())).forEach(error -> {
            var response = new ApiResponse()
                    .description(error.description())
                    .content(new Content()
                            .addMediaType(
                                    PROBLEM_JSON,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
            if (error.status() == 429) {
                response.addHeaderObject(
                        HttpHeaders.RETRY_AFTER,
                        new Header()
                                .description("Seconds until the rate limit lets the caller try again.")
                                .schema(schema("integer")));
            }
            components.addResponses(error.name(), response);
        });
    }

    private static Schema<Object> problemSchema() {
        var properties = new LinkedHashMap<String, Schema>();
        properties.put("type", schema("string").format("uri").description("https://emporium.dev/problems/<code>"));
        properties.put("title", schema("string").description("The HTTP status phrase."));
        properties.put("status", schema("integer").format("int32"));
        properties.put("detail", schema("string").description("What went wrong, for a human."));
        properties.put("instance", schema("string").format("uri").description("The request path."));
        properties.put(
                "code",
                schema("string")
                        .description(
                                "Stable, documented error code (docs/errors.md), e.g. CATALOG.PRODUCT_NOT_FOUND."));
        properties.put("traceId", schema("string").description("The trace to quote when reporting the error."));
        properties.put(
                "errors",
                schema("array")
                        .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("For REQUEST.VALIDATION_FAILED: each offending input."));
        return schema("object")
                .description("An RFC 9457 problem document.")
                .properties(properties)
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema<Object> fieldErrorSchema() {
        var properties = new LinkedHashMap<String, Schema>();
        properties.put("field", schema("string").description("Where: name, items[2].quantity, a parameter name."));
        properties.put("message", schema("string"));
        properties.put("rejectedValue", new Schema<>().description("The value refused, when it is safe to echo."));
        return schema("object").properties(properties).required(List.of("field", "message"));
    }

    @SuppressWarnings("unchecked")
    static Schema<Object> schema(String type) {
        var schema = new Schema<Object>();
        schema.type(type);
        schema.addType(type);
        return schema;
    }
}

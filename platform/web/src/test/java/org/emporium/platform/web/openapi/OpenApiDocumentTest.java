package org.emporium.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document a small service with real security rules serves: security from the filter chain, the problem
 * responses that apply, summaries and unique operationIds.
 */
@SpringBootTest(
        classes = OpenApiDocumentTest.TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=widgets")
class OpenApiDocumentTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode document;

    @BeforeEach
    void fetchDocument() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        document = JSON.readTree(response.body());
    }

    @Test
    void operationsAnAnonymousCallerMayInvokeArePublic() {
        assertThat(operation("get", "/api/widgets/{id}").get("security").isArray())
                .isTrue();
        assertThat(operation("get", "/api/widgets/{id}").get("security")).isEmpty();
        assertThat(operation("get", "/api/widgets").get("security")).isEmpty();
    }

    @Test
    void protectedOperationsNeedTheBearerToken() {
        for (var protectedOperation : List.of(
                operation("post", "/api/widgets"),
                operation("put", "/api/widgets/{id}"),
                operation("post", "/api/me/password"))) {
            assertThat(protectedOperation.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        }
    }

    @Test
    void documentsTheProblemResponsesThatApply() {
        assertThat(statuses(operation("get", "/api/widgets/{id}"))).containsExactly("200", "400", "404", "429");
        assertThat(statuses(operation("get", "/api/widgets"))).containsExactly("200", "400", "429");
        assertThat(statuses(operation("get", "/api/widgets/count"))).containsExactly("200", "429");
        assertThat(statuses(operation("post", "/api/widgets")))
                .containsExactly("200", "400", "401", "403", "409", "422", "429");
        assertThat(statuses(operation("put", "/api/widgets/{id}")))
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "422", "429");
        assertThat(statuses(operation("post", "/api/me/password")))
                .as("any valid token may change its own password: no 403")
                .containsExactly("204", "400", "401", "409", "422", "429");
    }

    @Test
    void problemResponsesAreProblemJsonWithTheSharedSchema() {
        assertThat(operation("put", "/api/widgets/{id}")
                        .at("/responses/412/$ref")
                        .asString())
                .isEqualTo("#/components/responses/PreconditionFailed");
        var preconditionFailed = document.at("/components/responses/PreconditionFailed");
        assertThat(preconditionFailed
                        .at("/content/application~1problem+json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        var problem = document.at("/components/schemas/Problem");
        assertThat(names(problem.get("properties")))
                .contains("type", "title", "status", "detail", "instance", "code", "traceId", "errors");
        assertThat(document.at("/components/responses/TooManyRequests/headers/Retry-After")
                        .isMissingNode())
                .isFalse();
    }

    @Test
    void everyOperationHasASummaryAndAUniqueOperationId() {
        assertThat(operation("get", "/api/widgets/{id}").get("summary").asString())
                .isEqualTo("Get widget");
        assertThat(operation("post", "/api/me/password").get("summary").asString())
                .isEqualTo("Change password");
        assertThat(operation("get", "/api/widgets").get("summary").asString())
                .as("a verb that reads many")
                .isEqualTo("Search widgets");
        assertThat(operation("get", "/api/widgets/count").get("summary").asString())
                .as("an annotation wins")
                .isEqualTo("Count every widget");

        assertThat(operation("get", "/api/widgets/{id}").get("operationId").asString())
                .isEqualTo("getWidget");
        assertThat(operation("get", "/api/gadgets/{id}").get("operationId").asString())
                .isEqualTo("getGadget");
        assertThat(operation("post", "/api/me/password").get("operationId").asString())
                .isEqualTo("changePassword");
        var ids = new ArrayList<String>();
        document.get("paths")
                .forEach(
                        item -> item.forEach(op -> ids.add(op.get("operationId").asString())));
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
    }

    @Test
    void leavesNoInternalMarkersInTheDocument() {
        assertThat(document.toString()).doesNotContain("x-emporium");
    }

    private JsonNode operation(String method, String path) {
        var operation = document.get("paths").get(path).get(method);
        assertThat(operation).as("%s %s", method, path).isNotNull();
        return operation;
    }

    private static List<String> statuses(JsonNode operation) {
        return names(operation.get("responses")).stream().sorted().toList();
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableWebSecurity
    @Import({WidgetController.class, GadgetController.class, MeController.class})
    static class TestApp {
        @Bean
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            return http.csrf(csrf -> csrf.disable())
                    .authorizeHttpRequests(auth -> auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                            .permitAll()
                            .requestMatchers(HttpMethod.GET, "/api/widgets/**")
                            .permitAll()
                            .requestMatchers("/api/me/**")
                            .authenticated()
                            .anyRequest()
                            .hasRole("ADMIN"))
                    .build();
        }
    }

    record WidgetRequest(String name) {}

    record WidgetView(UUID id, String name) {}

    @RestController
    @RequestMapping("/api/widgets")
    static class WidgetController {
        @GetMapping("/{id}")
        WidgetView get(@PathVariable UUID id) {
            return new WidgetView(id, "widget");
        }

        @GetMapping
        List<WidgetView> search(@RequestParam(required = false) String q) {
            return List.of();
        }

        @Operation(summary = "Count every widget")
        @GetMapping("/count")
        Map<String, Integer> count() {
            return Map.of("count", 0);
        }

        @PostMapping
        WidgetView create(@RequestBody WidgetRequest request) {
            return new WidgetView(UUID.randomUUID(), request.name());
        }

        @PutMapping("/{id}")
        WidgetView replace(
                @PathVariable UUID id, @RequestHeader("If-Match") String ifMatch, @RequestBody WidgetRequest request) {
            return new WidgetView(id, request.name());
        }
    }

    @RestController
    static class GadgetController {
        @GetMapping("/api/gadgets/{id}")
        WidgetView get(@PathVariable UUID id) {
            return new WidgetView(id, "gadget");
        }
    }

    @RestController
    static class MeController {
        @PostMapping("/api/me/password")
        @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
        void changePassword(@RequestBody WidgetRequest request) {}
    }
}

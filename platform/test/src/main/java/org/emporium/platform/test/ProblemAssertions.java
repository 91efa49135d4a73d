package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Assertions on RFC 9457 answers as platform-web writes them: status, problem+json, the stable {@code code}. */
public final class ProblemAssertions {
    private ProblemAssertions() {}

    /**
     * Asserts that {@code response} is a problem with {@code status} and {@code code} (and the members every problem
     * has) and returns its body for further assertions ({@code errors[]}, {@code detail}).
     */
    public static JsonNode assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith(ApiClient.PROBLEM_JSON);
        var problem = response.json();
        assertThat(problem.path("code").asString(null))
                .as("code of %s", response)
                .isEqualTo(code);
        assertThat(problem.path("status").asInt())
                .as("status member of %s", response)
                .isEqualTo(status);
        assertThat(problem.path("type").asString("")).as("type of %s", response).isNotBlank();
        assertThat(problem.path("title").asString(""))
                .as("title of %s", response)
                .isNotBlank();
        return problem;
    }

    /** Also asserts that the validation problem names {@code field} among its {@code errors}. */
    public static JsonNode assertValidationProblem(ApiClient.Response response, String field) {
        var problem = assertProblem(response, 400, "REQUEST.VALIDATION_FAILED");
        var fields = new java.util.ArrayList<String>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
        assertThat(fields).as("fields named by %s", response).contains(field);
        return problem;
    }
}

package org.emporium.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.emporium.platform.core.ProblemCodes;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem documents the same way everywhere: type URI from the code, a {@code code} and {@code traceId}. */
public final class Problems {
    /** A documented, stable base for problem type URIs (see docs/errors.md). */
    public static final String TYPE_BASE = "https://emporium.dev/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(
                TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '/')));
        problem.setProperty("code", code);
        var traceId = MDC.get("traceId");
        if (traceId != null && !traceId.isBlank()) {
            problem.setProperty("traceId", traceId);
        }
        return problem;
    }

    /** One offending input: where it is ({@code name} or {@code items[2].quantity}) and what is wrong. */
    public record FieldError(
            String field, String message, @Nullable Object rejectedValue) {}

    public static ProblemDetail validation(String detail, List<FieldError> errors) {
        var problem = of(HttpStatusCode.valueOf(400), ProblemCodes.VALIDATION_FAILED, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}

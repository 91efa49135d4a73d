package org.emporium.web.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service's refusal (an RFC 9457 problem) as the page shows it: its status, stable {@code code} and the
 * service's own wording, so that a business rule's reason reaches the user unchanged (e.g. why a coupon is refused).
 */
public class ServiceProblem extends RuntimeException {
    private final int status;
    private final @Nullable String code;
    private final Map<String, Object> body;

    public ServiceProblem(int status, @Nullable String code, String detail, Map<String, Object> body) {
        super(detail);
        this.status = status;
        this.code = code;
        this.body = Map.copyOf(body);
    }

    public int status() {
        return status;
    }

    public @Nullable String code() {
        return code;
    }

    /** The whole problem document (extension members such as {@code reason} or {@code errors} included). */
    public Map<String, Object> body() {
        return body;
    }

    /**
     * The validation problem's {@code errors} as field → message (the first message per field), for a form to show
     * next to its fields; empty for any other problem.
     */
    public Map<String, String> fieldErrors() {
        var fields = new LinkedHashMap<String, String>();
        if (body.get("errors") instanceof List<?> errors) {
            for (var error : errors) {
                if (error instanceof Map<?, ?> e
                        && e.get("field") instanceof String field
                        && e.get("message") instanceof String message) {
                    fields.putIfAbsent(field, message);
                }
            }
        }
        return fields;
    }
}

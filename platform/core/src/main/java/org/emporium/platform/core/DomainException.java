package org.emporium.platform.core;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal with a stable, documented code such as {@code CATALOG.PRODUCT_NOT_FOUND}. Clients key on the code; the
 * message is for people. Never a 500: every kind maps to a 4xx or 503.
 */
public class DomainException extends RuntimeException {
    private final String code;
    private final ErrorKind kind;
    private final Map<String, Object> details;

    public DomainException(String code, ErrorKind kind, String message) {
        this(code, kind, message, Map.of());
    }

    public DomainException(String code, ErrorKind kind, String message, Map<String, Object> details) {
        super(message);
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Extra, non-sensitive members for the problem document (e.g. the lines that failed). */
    public Map<String, Object> details() {
        return details;
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(code, ErrorKind.NOT_FOUND, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(code, ErrorKind.CONFLICT, message);
    }

    public static DomainException ruleViolated(String code, String message) {
        return new DomainException(code, ErrorKind.RULE_VIOLATED, message);
    }
}

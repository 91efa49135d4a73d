package org.emporium.platform.core;

/**
 * The problem codes of the platform and the gateway: one vocabulary, defined once, so a client sees the same code for
 * the same condition whether the gateway or a service answered (docs/errors.md). Services add their own as
 * {@code <SERVICE>.<CONDITION>} in their {@code <Service>Errors}. Plain strings, so the reactive gateway and the servlet
 * services can both depend on this module (it has no dependencies).
 */
public final class ProblemCodes {
    // --- the request itself (services and gateway)
    public static final String VALIDATION_FAILED = "REQUEST.VALIDATION_FAILED";
    public static final String MALFORMED_BODY = "REQUEST.MALFORMED_BODY";
    public static final String UNKNOWN_FIELD = "REQUEST.UNKNOWN_FIELD";
    public static final String INVALID_PARAMETER = "REQUEST.INVALID_PARAMETER";
    public static final String MISSING_PARAMETER = "REQUEST.MISSING_PARAMETER";
    public static final String BAD_REQUEST = "REQUEST.BAD_REQUEST";
    public static final String BODY_TOO_LARGE = "REQUEST.BODY_TOO_LARGE";
    public static final String NOT_FOUND = "REQUEST.NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "REQUEST.METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "REQUEST.UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "REQUEST.NOT_ACCEPTABLE";
    public static final String PRECONDITION_FAILED = "REQUEST.PRECONDITION_FAILED";
    public static final String PRECONDITION_REQUIRED = "REQUEST.PRECONDITION_REQUIRED";
    /** The caller's copy is stale: its {@code If-Match} names an old version, or the save found a newer one (412). */
    public static final String STALE_VERSION = "REQUEST.STALE_VERSION";

    // --- authentication and authorisation
    public static final String UNAUTHENTICATED = "AUTH.UNAUTHENTICATED";
    /** The gateway's answer to a bearer token that does not pass the access-token rules (401). */
    public static final String INVALID_TOKEN = "AUTH.INVALID_TOKEN";

    public static final String FORBIDDEN = "AUTH.FORBIDDEN";
    /** The identity service's signing keys cannot be fetched to check a token (503). */
    public static final String KEYS_UNAVAILABLE = "AUTH.KEYS_UNAVAILABLE";

    // --- the server
    public static final String INTERNAL = "SERVER.INTERNAL";
    public static final String UNAVAILABLE = "SERVER.UNAVAILABLE";

    // --- the gateway's own conditions
    public static final String RATE_LIMITED = "GATEWAY.RATE_LIMITED";
    public static final String SERVICE_UNAVAILABLE = "GATEWAY.SERVICE_UNAVAILABLE";
    public static final String SERVICE_NOT_CONFIGURED = "GATEWAY.SERVICE_NOT_CONFIGURED";
    public static final String CORS_REJECTED = "GATEWAY.CORS_REJECTED";

    private ProblemCodes() {}
}

package org.emporium.gateway.problem;

/** The gateway's problem codes; the first five are shared with platform-web so clients see one vocabulary. */
public final class ProblemCodes {
    public static final String UNAUTHENTICATED = "AUTH.UNAUTHENTICATED";
    public static final String INVALID_TOKEN = "AUTH.INVALID_TOKEN";
    public static final String FORBIDDEN = "AUTH.FORBIDDEN";
    public static final String NOT_FOUND = "REQUEST.NOT_FOUND";
    public static final String BODY_TOO_LARGE = "REQUEST.BODY_TOO_LARGE";
    public static final String BAD_REQUEST = "REQUEST.BAD_REQUEST";
    public static final String METHOD_NOT_ALLOWED = "REQUEST.METHOD_NOT_ALLOWED";
    public static final String INTERNAL = "SERVER.INTERNAL";
    public static final String RATE_LIMITED = "GATEWAY.RATE_LIMITED";
    public static final String SERVICE_UNAVAILABLE = "GATEWAY.SERVICE_UNAVAILABLE";
    public static final String SERVICE_NOT_CONFIGURED = "GATEWAY.SERVICE_NOT_CONFIGURED";
    public static final String CORS_REJECTED = "GATEWAY.CORS_REJECTED";
    public static final String KEYS_UNAVAILABLE = "AUTH.KEYS_UNAVAILABLE";

    private ProblemCodes() {}
}

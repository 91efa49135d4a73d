package org.emporium.platform.web;

/** The platform's own problem codes; services add theirs as {@code <SERVICE>.<REASON>}. */
public final class ProblemCodes {
    public static final String VALIDATION_FAILED = "REQUEST.VALIDATION_FAILED";
    public static final String MALFORMED_BODY = "REQUEST.MALFORMED_BODY";
    public static final String UNKNOWN_FIELD = "REQUEST.UNKNOWN_FIELD";
    public static final String INVALID_PARAMETER = "REQUEST.INVALID_PARAMETER";
    public static final String MISSING_PARAMETER = "REQUEST.MISSING_PARAMETER";
    public static final String BODY_TOO_LARGE = "REQUEST.BODY_TOO_LARGE";
    public static final String NOT_FOUND = "REQUEST.NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "REQUEST.METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "REQUEST.UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "REQUEST.NOT_ACCEPTABLE";
    public static final String PRECONDITION_FAILED = "REQUEST.PRECONDITION_FAILED";
    public static final String PRECONDITION_REQUIRED = "REQUEST.PRECONDITION_REQUIRED";
    /** The caller's copy is stale: its {@code If-Match} names an old version, or the save found a newer one (412). */
    public static final String STALE_VERSION = "REQUEST.STALE_VERSION";

    public static final String UNAUTHENTICATED = "AUTH.UNAUTHENTICATED";
    public static final String FORBIDDEN = "AUTH.FORBIDDEN";
    public static final String INTERNAL = "SERVER.INTERNAL";
    public static final String UNAVAILABLE = "SERVER.UNAVAILABLE";
    public static final String BAD_REQUEST = "REQUEST.BAD_REQUEST";

    private ProblemCodes() {}
}

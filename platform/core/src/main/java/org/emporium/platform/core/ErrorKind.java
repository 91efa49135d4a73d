package org.emporium.platform.core;

/** What kind of refusal an error is; the web layer maps each to one HTTP status. */
public enum ErrorKind {
    /** Input that is well-formed but unacceptable (422). */
    INVALID,
    /** The thing does not exist, or the caller may not know that it does (404). */
    NOT_FOUND,
    /** The request conflicts with the current state, e.g. a duplicate (409). */
    CONFLICT,
    /** A business rule refuses the change (422). */
    RULE_VIOLATED,
    /** The caller's copy is stale (412). */
    PRECONDITION_FAILED,
    /** The caller is known but not allowed (403). */
    FORBIDDEN,
    /** Too many attempts; try later (429). */
    TOO_MANY_REQUESTS,
    /** A dependency is down (503). */
    UNAVAILABLE
}

package org.emporium.launcher;

/** The platform could not be started; {@code logTail} holds the last lines of the failing process's log. */
public final class LaunchException extends RuntimeException {
    private final String logTail;

    public LaunchException(String message, String logTail) {
        super(message);
        this.logTail = logTail == null ? "" : logTail;
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
        this.logTail = "";
    }

    public String logTail() {
        return logTail;
    }
}

package org.emporium.launcher;

/** How a process ended, as the JDK reports it: an exit code, or 128 + the number of the signal that ended it. */
final class ExitReason {
    private static final String[] SIGNALS = {
        "", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1",
        "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM"
    };

    /** For a process this one did not start the OS reports no exit status. */
    static final String UNKNOWN = "exited (status unknown: not started by the supervisor)";

    private ExitReason() {}

    static String of(int exitValue) {
        if (exitValue > 128 && exitValue < 128 + 65) {
            int signal = exitValue - 128;
            var name = signal < SIGNALS.length ? " (" + SIGNALS[signal] + ")" : "";
            return "killed by signal " + signal + name;
        }
        return "exit code " + exitValue;
    }
}

package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitReasonTest {
    @Test
    void namesTheSignalThatEndedAProcess() {
        assertThat(ExitReason.of(137)).isEqualTo("killed by signal 9 (SIGKILL)");
        assertThat(ExitReason.of(143)).isEqualTo("killed by signal 15 (SIGTERM)");
        assertThat(ExitReason.of(134)).isEqualTo("killed by signal 6 (SIGABRT)");
    }

    @Test
    void reportsAnOrdinaryExitCode() {
        assertThat(ExitReason.of(1)).isEqualTo("exit code 1");
        assertThat(ExitReason.of(0)).isEqualTo("exit code 0");
    }
}

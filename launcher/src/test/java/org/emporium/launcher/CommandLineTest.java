package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsMeansHelp() {
        assertThat(CommandLine.parse(List.of())).isEqualTo(new CommandLine.Help());
    }

    @Test
    void upIsEmbeddedUnlessExternalIsAsked() {
        assertThat(CommandLine.parse(List.of("up"))).isEqualTo(new CommandLine.Up(false));
        assertThat(CommandLine.parse(List.of("up", "--external"))).isEqualTo(new CommandLine.Up(true));
    }

    @Test
    void upAcceptsBuildWhichTheScriptHandles() {
        assertThat(CommandLine.parse(List.of("up", "--build", "--external"))).isEqualTo(new CommandLine.Up(true));
    }

    @Test
    void logsFollowsTheLastFiftyLinesByDefault() {
        assertThat(CommandLine.parse(List.of("logs", "identity")))
                .isEqualTo(new CommandLine.Logs("identity", 50, true));
    }

    @Test
    void logsTakesALineCountInEitherSpellingAndCanStopFollowing() {
        assertThat(CommandLine.parse(List.of("logs", "-n", "200", "catalog")))
                .isEqualTo(new CommandLine.Logs("catalog", 200, true));
        assertThat(CommandLine.parse(List.of("logs", "catalog", "-n5", "--no-follow")))
                .isEqualTo(new CommandLine.Logs("catalog", 5, false));
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse(List.of("start")))
                .withMessageContaining("unknown command: start");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse(List.of("up", "--fast")))
                .withMessageContaining("--fast");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse(List.of("down", "now")))
                .withMessageContaining("no options");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse(List.of("logs")))
                .withMessageContaining("which one");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse(List.of("logs", "identity", "-n", "many")))
                .withMessageContaining("many");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse(List.of("logs", "identity", "-n")))
                .withMessageContaining("needs a number");
    }
}

package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without a Chromium the browser tests fail with how to install one; they never pass or skip quietly. */
class ChromiumPrerequisiteTest {
    @Test
    void aMissingChromiumIsNamedWithTheWayToInstallIt() {
        var missing = Browser.missing(Path.of("/nowhere/chromium"), Browser.DEFAULT_CHROMEDRIVER);

        assertThat(missing)
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("/nowhere/chromium")
                        .contains("apt-get install chromium chromium-driver")
                        .contains("EMPORIUM_CHROMIUM"));
    }

    @Test
    void aMissingChromedriverIsNamedToo() {
        var missing = Browser.missing(Path.of("/bin/sh"), Path.of("/nowhere/chromedriver"));

        assertThat(missing).hasValueSatisfying(message -> assertThat(message).contains("/nowhere/chromedriver"));
    }

    @Test
    void nothingIsMissingWhenBothAreExecutable() {
        assertThat(Browser.missing(Path.of("/bin/sh"), Path.of("/bin/sh"))).isEmpty();
    }
}

package org.emporium.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void anETagIsTheQuotedVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void readsStrongAndWeakIfMatch() {
        assertThat(ETags.version("\"7\"")).isEqualTo(7);
        assertThat(ETags.version(" W/\"12\" ")).isEqualTo(12);
    }

    @Test
    void anIfMatchWithoutAVersionIsAStaleVersion() {
        assertThatThrownBy(() -> ETags.version("\"abc\""))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", ProblemCodes.STALE_VERSION)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.PRECONDITION_FAILED);
    }
}

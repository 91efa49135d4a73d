package org.emporium.platform.mediator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class VersionsTest {

    @Test
    void acceptsTheCurrentVersion() {
        assertThatCode(() -> Versions.requireCurrent("Thing 1", 3, 3)).doesNotThrowAnyException();
    }

    @Test
    void refusesAStaleVersionLikeALostSave() {
        assertThatThrownBy(() -> Versions.requireCurrent("Thing 1", 2, 3))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("version 3");
    }
}

package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class HandlerCoverageTest {

    @Test
    void acceptsRequestsThatEachHaveOneHandlerBean() {
        assertThatCode(() -> HandlerCoverage.assertEveryRequestHasExactlyOneHandler(
                        "org.emporium.platform.test.handlers.covered", ImportOption.Predefined.ONLY_INCLUDE_TESTS))
                .doesNotThrowAnyException();
    }

    @Test
    void catchesACommandWithoutHandler() {
        assertThatThrownBy(() -> HandlerCoverage.assertEveryRequestHasExactlyOneHandler(
                        "org.emporium.platform.test.handlers.unhandled", ImportOption.Predefined.ONLY_INCLUDE_TESTS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Forgotten");
    }

    @Test
    void catchesAHandlerThatIsNoBean() {
        assertThatThrownBy(() -> HandlerCoverage.assertEveryRequestHasExactlyOneHandler(
                        "org.emporium.platform.test.handlers.notabean", ImportOption.Predefined.ONLY_INCLUDE_TESTS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UnregisteredHandler");
    }
}

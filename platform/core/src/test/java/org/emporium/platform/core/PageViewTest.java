package org.emporium.platform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageViewTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(PageView.of(List.of("a"), 0, 20, 41).totalPages()).isEqualTo(3);
        assertThat(PageView.of(List.of("a"), 0, 20, 40).totalPages()).isEqualTo(2);
        assertThat(PageView.of(List.of(), 0, 20, 0).totalPages()).isZero();
    }

    @Test
    void mapsEntriesKeepingTheCounts() {
        PageView<Integer> lengths = PageView.of(List.of("ab", "c"), 1, 2, 5).map(String::length);

        assertThat(lengths).isEqualTo(new PageView<>(List.of(2, 1), 1, 2, 5, 3));
    }

    @Test
    void refusesAnEmptyPageSize() {
        assertThatThrownBy(() -> PageView.of(List.of(), 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

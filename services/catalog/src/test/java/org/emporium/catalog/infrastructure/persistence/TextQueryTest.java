package org.emporium.catalog.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueryTest {

    @Test
    void everyWordMatchesAsAPrefix() {
        assertThat(TextQuery.toTsQuery("Head phones")).contains("head:* & phones:*");
    }

    @Test
    void tsqueryOperatorsCannotBeInjected() {
        assertThat(TextQuery.toTsQuery("a:* | !b & (c)")).contains("a:* & b:* & c:*");
    }

    @Test
    void blankTextIsNoQuery() {
        assertThat(TextQuery.toTsQuery("  !! ")).isEmpty();
        assertThat(TextQuery.toTsQuery(null)).isEmpty();
    }
}

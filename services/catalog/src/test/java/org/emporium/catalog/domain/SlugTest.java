package org.emporium.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void derivesASlugFromADisplayName() {
        assertThat(Slug.from("  Crème Brûlée — 2 × 250 g ")).isEqualTo(new Slug("creme-brulee-2-250-g"));
    }

    @Test
    void refusesUpperCaseAndDoubleHyphens() {
        assertThatThrownBy(() -> new Slug("Bad--Slug")).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesANameWithoutLettersOrDigits() {
        assertThatThrownBy(() -> Slug.from("!!!")).isInstanceOf(DomainException.class);
    }
}

package org.emporium.platform.test.architecture.springindomain.domain;

import org.springframework.util.StringUtils;

public record Name(String value) {
    public Name {
        if (!StringUtils.hasText(value)) {
            throw new IllegalArgumentException("blank");
        }
    }
}

package org.emporium.platform.test.architecture.controllerwithrepository.domain;

import java.util.Optional;

public interface Things {
    Optional<String> byId(String id);
}

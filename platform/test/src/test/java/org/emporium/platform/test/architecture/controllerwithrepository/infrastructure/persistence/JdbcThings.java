package org.emporium.platform.test.architecture.controllerwithrepository.infrastructure.persistence;

import java.util.Optional;
import org.emporium.platform.test.architecture.controllerwithrepository.domain.Things;

public class JdbcThings implements Things {
    @Override
    public Optional<String> byId(String id) {
        return Optional.of(id);
    }
}

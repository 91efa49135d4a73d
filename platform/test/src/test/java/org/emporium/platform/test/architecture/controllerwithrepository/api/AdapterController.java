package org.emporium.platform.test.architecture.controllerwithrepository.api;

import org.emporium.platform.test.architecture.controllerwithrepository.infrastructure.persistence.JdbcThings;
import org.springframework.stereotype.Controller;

@Controller
public class AdapterController {
    public String get(String id) {
        return new JdbcThings().byId(id).orElseThrow();
    }
}

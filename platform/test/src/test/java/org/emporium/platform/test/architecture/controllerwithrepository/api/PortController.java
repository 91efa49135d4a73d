package org.emporium.platform.test.architecture.controllerwithrepository.api;

import org.emporium.platform.test.architecture.controllerwithrepository.domain.Things;
import org.springframework.stereotype.Controller;

@Controller
public class PortController {
    private final Things things;

    public PortController(Things things) {
        this.things = things;
    }

    public String get(String id) {
        return things.byId(id).orElseThrow();
    }
}

package org.emporium.platform.test.architecture.apiinapplication.application;

import org.emporium.platform.test.architecture.apiinapplication.api.ThingResponse;

public class ThingQueries {
    public ThingResponse byName(String name) {
        return new ThingResponse(name);
    }
}

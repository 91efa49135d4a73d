package org.emporium.platform.test.architecture.misnamedquery.application;

import org.emporium.platform.mediator.Handler;

public class ThingDetailsHandler implements Handler<ThingDetails, String> {
    @Override
    public String handle(ThingDetails query) {
        return query.name();
    }
}

package org.emporium.platform.test.architecture.clean.domain;

import org.emporium.platform.core.DomainException;

public final class Thing {
    private final ThingId id;
    private String name;

    public Thing(ThingId id, String name) {
        this.id = id;
        this.name = name;
    }

    public ThingId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        if (newName.isBlank()) {
            throw DomainException.ruleViolated("THING.NAME_BLANK", "A thing needs a name.");
        }
        this.name = newName;
    }
}

package org.emporium.identity.application.keys;

import org.emporium.platform.mediator.Command;

/**
 * Adds a new signing key. It is published at once and signs after the publish-ahead delay; the keys before it stay
 * published until every token they signed has expired. With no key at all, the new key signs at once.
 */
public record RotateSigningKey() implements Command<KeyRotationView> {}

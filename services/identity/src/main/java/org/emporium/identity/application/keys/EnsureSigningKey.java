package org.emporium.identity.application.keys;

import org.emporium.platform.mediator.Command;

/** Makes sure a signing key exists (first start): creates one that signs at once when there is none. */
public record EnsureSigningKey() implements Command<String> {}

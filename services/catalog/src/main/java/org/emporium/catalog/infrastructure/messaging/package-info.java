/** Publishing through the platform outbox and consuming ordering and comment events into commands. */
@NullMarked
package org.emporium.catalog.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;

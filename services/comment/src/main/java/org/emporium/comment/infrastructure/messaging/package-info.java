/** Consuming ordering and catalog events into commands; contract events for the outbox. */
@NullMarked
package org.emporium.comment.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;

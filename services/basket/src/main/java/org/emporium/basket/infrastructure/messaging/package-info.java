/**
 * Events the basket consumes, with idempotency in Redis (platform/messaging's inbox needs PostgreSQL, which the
 * basket does not have): see docs/basket.md.
 */
@NullMarked
package org.emporium.basket.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;

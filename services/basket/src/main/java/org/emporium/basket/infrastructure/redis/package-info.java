/** Basket service: infrastructure/redis. */
@NullMarked
package org.emporium.basket.infrastructure.redis;

import org.jspecify.annotations.NullMarked;

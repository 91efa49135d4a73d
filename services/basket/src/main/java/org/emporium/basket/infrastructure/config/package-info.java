/** Basket service: infrastructure/config. */
@NullMarked
package org.emporium.basket.infrastructure.config;

import org.jspecify.annotations.NullMarked;

/** Basket service: domain. */
@NullMarked
package org.emporium.basket.domain;

import org.jspecify.annotations.NullMarked;

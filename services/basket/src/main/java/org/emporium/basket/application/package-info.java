/** Basket service: application. */
@NullMarked
package org.emporium.basket.application;

import org.jspecify.annotations.NullMarked;

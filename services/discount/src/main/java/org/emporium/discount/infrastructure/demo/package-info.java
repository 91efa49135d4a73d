/** The dev profile's demo coupons, seeded idempotently. */
@NullMarked
package org.emporium.discount.infrastructure.demo;

import org.jspecify.annotations.NullMarked;

/** The discount service: coupons, the pricing arithmetic of quotes, and redemptions; layered as domain, application, infrastructure, api. */
@NullMarked
package org.emporium.discount;

import org.jspecify.annotations.NullMarked;

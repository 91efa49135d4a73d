/** The dev-profile demo basket of identity's demo customer. */
@NullMarked
package org.emporium.basket.infrastructure.demo;

import org.jspecify.annotations.NullMarked;

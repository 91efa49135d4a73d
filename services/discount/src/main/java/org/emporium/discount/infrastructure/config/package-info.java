/** Security: who may call which endpoint. */
@NullMarked
package org.emporium.discount.infrastructure.config;

import org.jspecify.annotations.NullMarked;

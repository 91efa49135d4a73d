/** Circuit breakers that turn a down or slow service into a quick 503. */
@NullMarked
package org.emporium.gateway.resilience;

import org.jspecify.annotations.NullMarked;

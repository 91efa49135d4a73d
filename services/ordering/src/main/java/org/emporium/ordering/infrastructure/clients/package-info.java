/** Basket, catalog and discount over HTTP through platform/http-client (token, timeouts, retries, breaker). */
@NullMarked
package org.emporium.ordering.infrastructure.clients;

import org.jspecify.annotations.NullMarked;

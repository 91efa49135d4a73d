/**
 * Calls from one service to another: a {@link org.emporium.platform.httpclient.ServiceClients} factory of typed HTTP
 * interfaces carrying client-credentials tokens, with timeouts, a circuit breaker and retries of idempotent calls.
 */
@NullMarked
package org.emporium.platform.httpclient;

import org.jspecify.annotations.NullMarked;

/** Rate budgets kept in Redis, shared by every gateway replica. */
@NullMarked
package org.emporium.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;

/** Rate budgets kept in Redis, shared by every gateway replica. */
package org.emporium.gateway.ratelimit;

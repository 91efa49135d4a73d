/** Routes to every service, built from configuration: paths, timeouts, budgets, API docs. */
@NullMarked
package org.emporium.gateway.routing;

import org.jspecify.annotations.NullMarked;

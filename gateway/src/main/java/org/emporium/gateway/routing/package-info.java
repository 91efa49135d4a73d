/** Routes to every service, built from configuration: paths, timeouts, budgets, API docs. */
package org.emporium.gateway.routing;

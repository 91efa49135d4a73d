/** Events the ordering service publishes (defined ahead of it, as the catalog consumes them). See docs/events.md. */
package org.emporium.contracts.ordering;

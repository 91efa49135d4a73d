/** Publishing through the platform outbox and consuming ordering events into commands. */
package org.emporium.catalog.infrastructure.messaging;

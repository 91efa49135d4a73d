/** The outbox adapter that publishes identity's integration events. */
package org.emporium.identity.infrastructure.messaging;

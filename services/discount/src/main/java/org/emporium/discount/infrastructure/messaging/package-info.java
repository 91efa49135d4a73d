/** Publishing through the platform outbox and consuming ordering's status changes into commands; the expiry job. */
@NullMarked
package org.emporium.discount.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;

/** Live push: WebSocket and SSE connections, and fan-out of new notifications across replicas. */
@NullMarked
package org.emporium.message.infrastructure.live;

import org.jspecify.annotations.NullMarked;

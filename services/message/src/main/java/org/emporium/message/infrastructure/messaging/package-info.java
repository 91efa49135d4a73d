/** Event consumers: the platform's events become notifications. */
@NullMarked
package org.emporium.message.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;

/** Configuration: security, settings, the dependency clients and the payment provider. */
@NullMarked
package org.emporium.ordering.infrastructure.config;

import org.jspecify.annotations.NullMarked;

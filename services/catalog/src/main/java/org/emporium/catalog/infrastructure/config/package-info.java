/** Wiring: the clock, security rules and configuration properties. */
@NullMarked
package org.emporium.catalog.infrastructure.config;

import org.jspecify.annotations.NullMarked;

/** Security, and the emporium.statistics properties. */
@NullMarked
package org.emporium.statistics.infrastructure.config;

import org.jspecify.annotations.NullMarked;

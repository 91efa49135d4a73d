/** Statistics: infrastructure/config. */
@NullMarked
package org.emporium.statistics.infrastructure.config;

import org.jspecify.annotations.NullMarked;

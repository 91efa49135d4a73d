/** Statistics: infrastructure/persistence. */
@NullMarked
package org.emporium.statistics.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;

/** Statistics: domain. */
@NullMarked
package org.emporium.statistics.domain;

import org.jspecify.annotations.NullMarked;

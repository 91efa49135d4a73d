/** The report, overview, live and rebuild endpoints; CSV rendering. */
@NullMarked
package org.emporium.statistics.api;

import org.jspecify.annotations.NullMarked;

/** The statistics service: reports built from the platform's events only. */
@NullMarked
package org.emporium.statistics;

import org.jspecify.annotations.NullMarked;

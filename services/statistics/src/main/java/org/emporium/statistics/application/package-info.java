/** Statistics: application. */
@NullMarked
package org.emporium.statistics.application;

import org.jspecify.annotations.NullMarked;

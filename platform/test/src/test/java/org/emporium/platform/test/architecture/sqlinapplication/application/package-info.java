/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.sqlinapplication.application;

import org.jspecify.annotations.NullMarked;

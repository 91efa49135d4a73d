/** Broken on purpose: the application builds SQL. */
@NullMarked
package org.emporium.platform.test.architecture.sqlinapplication;

import org.jspecify.annotations.NullMarked;

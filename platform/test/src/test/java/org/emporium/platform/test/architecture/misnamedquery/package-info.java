/** Broken on purpose: a query that does not say what it reads. */
@NullMarked
package org.emporium.platform.test.architecture.misnamedquery;

import org.jspecify.annotations.NullMarked;

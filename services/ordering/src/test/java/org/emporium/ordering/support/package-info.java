/** Test support: the shared integration context and the stand-in HTTP dependencies. */
@NullMarked
package org.emporium.ordering.support;

import org.jspecify.annotations.NullMarked;

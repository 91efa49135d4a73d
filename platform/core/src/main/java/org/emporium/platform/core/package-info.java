/** Plain-Java vocabulary shared by every domain: errors with stable codes, money. Depends on nothing but JSpecify. */
@NullMarked
package org.emporium.platform.core;

import org.jspecify.annotations.NullMarked;

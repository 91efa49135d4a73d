/** Categories: a tree ordered by position, addressed by slug. */
@NullMarked
package org.emporium.catalog.domain.category;

import org.jspecify.annotations.NullMarked;

/** Creating, changing (rename, move, reorder) and deleting categories; reading one and the whole tree. */
@NullMarked
package org.emporium.catalog.application.category;

import org.jspecify.annotations.NullMarked;

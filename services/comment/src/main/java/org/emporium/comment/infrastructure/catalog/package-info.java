/** Seeding the local product copy from the catalog's API. */
@NullMarked
package org.emporium.comment.infrastructure.catalog;

import org.jspecify.annotations.NullMarked;

/** Product images: metadata, sizes and their order per product (the bytes live behind a storage port). */
@NullMarked
package org.emporium.catalog.domain.image;

import org.jspecify.annotations.NullMarked;

/** Uploading, ordering, serving and removing product images; the storage and processing ports. */
@NullMarked
package org.emporium.catalog.application.image;

import org.jspecify.annotations.NullMarked;

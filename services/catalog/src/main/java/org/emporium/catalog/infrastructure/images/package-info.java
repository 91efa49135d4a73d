/** Image storage adapters (local filesystem, Google Cloud Storage) and image processing with ImageIO. */
@NullMarked
package org.emporium.catalog.infrastructure.images;

import org.jspecify.annotations.NullMarked;

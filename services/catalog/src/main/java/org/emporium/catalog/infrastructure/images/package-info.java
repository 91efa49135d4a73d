/** Image storage adapters (local filesystem, Google Cloud Storage) and image processing with ImageIO. */
package org.emporium.catalog.infrastructure.images;

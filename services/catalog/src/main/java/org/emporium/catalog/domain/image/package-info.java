/** Product images: metadata, sizes and their order per product (the bytes live behind a storage port). */
package org.emporium.catalog.domain.image;

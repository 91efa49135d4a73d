/** Uploading, ordering, serving and removing product images; the storage and processing ports. */
package org.emporium.catalog.application.image;

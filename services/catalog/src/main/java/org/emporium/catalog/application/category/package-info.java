/** Creating, changing (rename, move, reorder) and deleting categories; reading one and the whole tree. */
package org.emporium.catalog.application.category;

/** The REST API under /api/catalog: controllers and request bodies, mapped to commands and queries. */
@NullMarked
package org.emporium.catalog.api;

import org.jspecify.annotations.NullMarked;

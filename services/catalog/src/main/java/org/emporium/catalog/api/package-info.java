/** The REST API under /api/catalog: controllers and request bodies, mapped to commands and queries. */
package org.emporium.catalog.api;

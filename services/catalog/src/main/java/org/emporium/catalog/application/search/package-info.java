/** Product search with filters, sorting, paging and facets: the query, its handler and the read-model port. */
@NullMarked
package org.emporium.catalog.application.search;

import org.jspecify.annotations.NullMarked;

/** Product search with filters, sorting, paging and facets: the query, its handler and the read-model port. */
package org.emporium.catalog.application.search;

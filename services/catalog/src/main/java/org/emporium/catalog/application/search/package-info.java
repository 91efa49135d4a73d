/** Full-text product search with filters, sorting, paging and facets, read straight from PostgreSQL. */
package org.emporium.catalog.application.search;

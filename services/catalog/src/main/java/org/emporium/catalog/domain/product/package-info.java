/** The product aggregate: details, price, stock and lifecycle, and the events it registers. */
package org.emporium.catalog.domain.product;

/** The catalog service: categories, products, stock and images; layered as domain, application, infrastructure, api. */
@NullMarked
package org.emporium.catalog;

import org.jspecify.annotations.NullMarked;

/** The dev-profile demo catalog: categories, products and generated images, created once. */
@NullMarked
package org.emporium.catalog.infrastructure.demo;

import org.jspecify.annotations.NullMarked;

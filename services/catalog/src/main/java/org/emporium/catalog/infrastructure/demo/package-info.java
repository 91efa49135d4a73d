/** The dev-profile demo catalog: categories, products and generated images, created once. */
package org.emporium.catalog.infrastructure.demo;

/** The catalog side of the order saga: reserving and releasing stock per order. */
package org.emporium.catalog.application.stock;

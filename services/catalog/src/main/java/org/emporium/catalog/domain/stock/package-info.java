/** Stock reservations for orders: all lines or none, once per order. */
package org.emporium.catalog.domain.stock;

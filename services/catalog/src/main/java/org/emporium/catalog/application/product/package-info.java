/** Admin use cases on products and the public product read. */
package org.emporium.catalog.application.product;

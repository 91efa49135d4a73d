/** Admin use cases on products and the public product read. */
@NullMarked
package org.emporium.catalog.application.product;

import org.jspecify.annotations.NullMarked;

package org.emporium.catalog.domain.stock;

import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.StockShortage;

/** A line that could not be reserved, how many were asked for and were on hand, and why. */
public record RejectedLine(ProductId productId, int requested, int available, StockShortage reason) {}

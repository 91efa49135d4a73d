package org.emporium.catalog.application.category;

import java.util.List;
import org.emporium.platform.mediator.Query;

/** The whole category tree, roots first. */
public record GetCategoryTree() implements Query<List<CategoryNodeView>> {}

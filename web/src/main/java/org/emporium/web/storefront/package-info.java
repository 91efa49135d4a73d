/** The shop's public pages: home, search with facets, product with reviews. */
@NullMarked
package org.emporium.web.storefront;

import org.jspecify.annotations.NullMarked;

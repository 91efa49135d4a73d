/** The back office (ADMIN only): pages over catalog, discount, ordering, comment, message and statistics' APIs. */
@NullMarked
package org.emporium.web.admin;

import org.jspecify.annotations.NullMarked;

/** HTTP endpoints: requests validated, mapped to commands and queries, answered with views. */
@NullMarked
package org.emporium.comment.api;

import org.jspecify.annotations.NullMarked;

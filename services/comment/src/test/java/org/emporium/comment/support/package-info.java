/** Test support: the shared integration context and a client of the comment API. */
@NullMarked
package org.emporium.comment.support;

import org.jspecify.annotations.NullMarked;

/** Reviews and the rules around them, in plain Java: no Spring, no SQL. */
@NullMarked
package org.emporium.comment.domain;

import org.jspecify.annotations.NullMarked;

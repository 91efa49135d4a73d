/** The comment service: product reviews with ratings, moderation, verified buyers and helpful votes. */
@NullMarked
package org.emporium.comment;

import org.jspecify.annotations.NullMarked;

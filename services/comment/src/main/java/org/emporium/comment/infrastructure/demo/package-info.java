/** Demo reviews for the dev profile. */
@NullMarked
package org.emporium.comment.infrastructure.demo;

import org.jspecify.annotations.NullMarked;

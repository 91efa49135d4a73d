/** Security and wiring. */
@NullMarked
package org.emporium.comment.infrastructure.config;

import org.jspecify.annotations.NullMarked;

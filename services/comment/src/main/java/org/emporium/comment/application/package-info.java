/** Use cases: one command or query per file with its handler, and the read-model ports. */
@NullMarked
package org.emporium.comment.application;

import org.jspecify.annotations.NullMarked;

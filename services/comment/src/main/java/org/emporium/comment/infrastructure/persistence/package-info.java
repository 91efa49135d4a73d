/** PostgreSQL: the repositories, the read-model SQL and the outbox hand-off. */
@NullMarked
package org.emporium.comment.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;

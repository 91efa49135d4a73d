/** PostgreSQL adapters for notifications. */
@NullMarked
package org.emporium.message.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;

/** The REST API under {@code /api/identity}: registration, the caller's own account, and the admin endpoints. */
@NullMarked
package org.emporium.identity.api;

import org.jspecify.annotations.NullMarked;

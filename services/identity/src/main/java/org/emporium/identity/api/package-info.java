/** The REST API under {@code /api/identity}: registration, the caller's own account, and the admin endpoints. */
package org.emporium.identity.api;

/** Resource-server security every service shares: token validation, roles, the current user. */
@NullMarked
package org.emporium.platform.security;

import org.jspecify.annotations.NullMarked;

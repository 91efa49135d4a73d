/** Resource-server security every service shares: token validation, roles, the current user, service tokens. */
package org.emporium.platform.security;

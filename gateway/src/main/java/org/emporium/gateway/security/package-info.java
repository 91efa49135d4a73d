/** Edge token validation: which routes are public, what a valid access token is, identity's cached keys. */
@NullMarked
package org.emporium.gateway.security;

import org.jspecify.annotations.NullMarked;

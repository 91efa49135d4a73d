/** Sign-in with identity (authorization code + PKCE), the session, CSRF, CSP and sign-out with revocation. */
@NullMarked
package org.emporium.web.security;

import org.jspecify.annotations.NullMarked;

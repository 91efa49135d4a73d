/** Edge token validation: which routes are public, what a valid access token is, identity's cached keys. */
package org.emporium.gateway.security;

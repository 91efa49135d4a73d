/**
 * The authorization server (Spring Authorization Server) and its extensions: the password grant, public-client
 * refresh with reuse detection, token claims, database-backed rotating keys, client and demo-account seeding.
 */
@NullMarked
package org.emporium.identity.infrastructure.security;

import org.jspecify.annotations.NullMarked;

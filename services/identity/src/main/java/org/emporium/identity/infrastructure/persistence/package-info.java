/** PostgreSQL adapters (plain JDBC): users, sign-in attempts, signing keys, refresh-token revocation. */
@NullMarked
package org.emporium.identity.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;

/** PostgreSQL adapters (plain JDBC): users, sign-in attempts, signing keys, refresh-token revocation. */
package org.emporium.identity.infrastructure.persistence;

/** Users: the account aggregate, its roles, and the rules a password must meet. */
package org.emporium.identity.domain.user;

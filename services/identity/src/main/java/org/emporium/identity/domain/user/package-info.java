/** Users: the account aggregate, its roles, and the rules a password must meet. */
@NullMarked
package org.emporium.identity.domain.user;

import org.jspecify.annotations.NullMarked;

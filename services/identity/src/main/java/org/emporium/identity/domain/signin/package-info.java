/** Sign-in throttling: how many failures per account or address lock sign-in, and for how long. */
@NullMarked
package org.emporium.identity.domain.signin;

import org.jspecify.annotations.NullMarked;

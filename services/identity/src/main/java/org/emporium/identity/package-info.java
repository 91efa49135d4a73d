/** Identity: the OAuth 2.1 / OpenID Connect authorization server and the users and roles behind it. */
@NullMarked
package org.emporium.identity;

import org.jspecify.annotations.NullMarked;

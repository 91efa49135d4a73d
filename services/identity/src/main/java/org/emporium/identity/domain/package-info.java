/** identity's domain: accounts, sign-in throttling, signing keys, and the service's named refusals. */
@NullMarked
package org.emporium.identity.domain;

import org.jspecify.annotations.NullMarked;

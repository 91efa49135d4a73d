/** Events identity publishes: {@code identity.user-registered}. */
@NullMarked
package org.emporium.contracts.identity;

import org.jspecify.annotations.NullMarked;

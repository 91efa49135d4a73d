/** Use cases on signing keys: create the first one, rotate. */
@NullMarked
package org.emporium.identity.application.keys;

import org.jspecify.annotations.NullMarked;

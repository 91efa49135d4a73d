/** Token signing keys and the rotation rule: published before use, kept published until their tokens expire. */
@NullMarked
package org.emporium.identity.domain.keys;

import org.jspecify.annotations.NullMarked;

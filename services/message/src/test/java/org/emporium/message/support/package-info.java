/** Test support: the shared integration context and a client of the message API. */
@NullMarked
package org.emporium.message.support;

import org.jspecify.annotations.NullMarked;

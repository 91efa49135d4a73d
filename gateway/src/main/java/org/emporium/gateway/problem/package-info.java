/** RFC 9457 problem answers for everything the gateway refuses or cannot deliver. */
@NullMarked
package org.emporium.gateway.problem;

import org.jspecify.annotations.NullMarked;

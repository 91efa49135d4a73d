/** Edge hygiene: header stripping, body size limits, access log, trace ids. */
@NullMarked
package org.emporium.gateway.edge;

import org.jspecify.annotations.NullMarked;

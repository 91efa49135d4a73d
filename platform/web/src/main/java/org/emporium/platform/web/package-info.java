/** Every HTTP error as RFC 9457 problem+json with a stable {@code code}; request size limits; JSON defaults. */
@NullMarked
package org.emporium.platform.web;

import org.jspecify.annotations.NullMarked;

/** The inbox's HTTP API. */
@NullMarked
package org.emporium.message.api;

import org.jspecify.annotations.NullMarked;

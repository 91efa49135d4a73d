/** Security and wiring. */
@NullMarked
package org.emporium.message.infrastructure.config;

import org.jspecify.annotations.NullMarked;

/** The service's settings and the wiring of application services, with the start-up checks on secrets. */
@NullMarked
package org.emporium.identity.infrastructure.config;

import org.jspecify.annotations.NullMarked;

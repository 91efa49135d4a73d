/** The service's settings and the wiring of application services, with the start-up checks on secrets. */
package org.emporium.identity.infrastructure.config;

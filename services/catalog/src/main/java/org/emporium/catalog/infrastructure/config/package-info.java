/** Wiring: the clock, security rules and configuration properties. */
package org.emporium.catalog.infrastructure.config;

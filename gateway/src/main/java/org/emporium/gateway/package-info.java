/** The API gateway: routing, edge token validation, rate limits, resilience and edge hygiene for every service. */
@NullMarked
package org.emporium.gateway;

import org.jspecify.annotations.NullMarked;

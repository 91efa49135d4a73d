/** The API gateway: routing, edge token validation, rate limits, resilience and edge hygiene for every service. */
package org.emporium.gateway;

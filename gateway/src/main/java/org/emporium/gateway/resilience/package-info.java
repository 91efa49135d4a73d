/** Circuit breakers that turn a down or slow service into a quick 503. */
package org.emporium.gateway.resilience;

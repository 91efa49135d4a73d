/** Health, metrics, tracing and logging defaults shared by every deployable. */
package org.emporium.platform.observability;

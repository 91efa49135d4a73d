/**
 * Integration event contracts: one record per event, grouped by the owning service ({@code contracts.catalog},
 * {@code contracts.ordering}...). Documented in docs/events.md. Records only: no behaviour, no framework types.
 */
@NullMarked
package org.emporium.contracts;

import org.jspecify.annotations.NullMarked;

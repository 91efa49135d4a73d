/**
 * Integration event contracts: one record per event, grouped by the owning service ({@code contracts.catalog},
 * {@code contracts.ordering}...). Documented in docs/events.md. Records only: no behaviour, no framework types.
 */
package org.emporium.contracts;

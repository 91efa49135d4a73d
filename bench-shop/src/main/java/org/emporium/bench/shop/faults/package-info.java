/** Faults injected while the shop mix runs: a delaying and cutting TCP proxy, and the suite that runs them. */
@NullMarked
package org.emporium.bench.shop.faults;

import org.jspecify.annotations.NullMarked;

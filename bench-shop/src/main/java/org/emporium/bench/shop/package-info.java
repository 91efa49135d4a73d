/** The shop's load profile: an open-loop driver, the shop mix through the gateway, the ramp and its report. */
@NullMarked
package org.emporium.bench.shop;

import org.jspecify.annotations.NullMarked;

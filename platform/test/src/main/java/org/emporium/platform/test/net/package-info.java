/** Network faults for tests: a loopback TCP proxy that can cut and restore the way to a real server. */
@NullMarked
package org.emporium.platform.test.net;

import org.jspecify.annotations.NullMarked;

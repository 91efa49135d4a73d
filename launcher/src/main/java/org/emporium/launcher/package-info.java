/** Runs the whole platform on one machine: infrastructure, every built service and the gateway, each a process. */
@NullMarked
package org.emporium.launcher;

import org.jspecify.annotations.NullMarked;

/** Runs the whole platform on one machine: infrastructure, every built service and the gateway, each a process. */
package org.emporium.launcher;

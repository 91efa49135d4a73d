/** RFC 9457 problem answers for everything the gateway refuses or cannot deliver. */
package org.emporium.gateway.problem;

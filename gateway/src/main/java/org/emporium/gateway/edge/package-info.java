/** Edge hygiene: header stripping, body size limits, access log, trace ids. */
package org.emporium.gateway.edge;

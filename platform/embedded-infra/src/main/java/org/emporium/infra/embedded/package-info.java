/** Real PostgreSQL, Redis and an AMQP 0-9-1 broker started from binaries shipped in jars: no Docker, no stand-ins. */
@NullMarked
package org.emporium.infra.embedded;

import org.jspecify.annotations.NullMarked;

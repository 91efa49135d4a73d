/** Broken on purpose: a service that uses another service's class. */
@NullMarked
package org.emporium.platform.test.architecture.otherservice;

import org.jspecify.annotations.NullMarked;

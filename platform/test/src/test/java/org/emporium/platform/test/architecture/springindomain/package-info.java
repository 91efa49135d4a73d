/** Broken on purpose: the domain uses Spring. */
@NullMarked
package org.emporium.platform.test.architecture.springindomain;

import org.jspecify.annotations.NullMarked;

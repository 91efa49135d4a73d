/** Broken on purpose: handlers not named for their request, or nested. */
@NullMarked
package org.emporium.platform.test.architecture.misnamedhandler;

import org.jspecify.annotations.NullMarked;

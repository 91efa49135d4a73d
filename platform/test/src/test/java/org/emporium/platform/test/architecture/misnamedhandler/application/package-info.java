/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.misnamedhandler.application;

import org.jspecify.annotations.NullMarked;

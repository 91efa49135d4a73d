/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.controllerwithrepository.api;

import org.jspecify.annotations.NullMarked;

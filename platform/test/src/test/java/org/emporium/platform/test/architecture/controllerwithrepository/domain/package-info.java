/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.controllerwithrepository.domain;

import org.jspecify.annotations.NullMarked;

/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.controllerwithrepository.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;

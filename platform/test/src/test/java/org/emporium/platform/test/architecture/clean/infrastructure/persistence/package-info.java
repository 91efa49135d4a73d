/** The sample persistence. */
@NullMarked
package org.emporium.platform.test.architecture.clean.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;

/** The sample adapters. */
@NullMarked
package org.emporium.platform.test.architecture.clean.infrastructure;

import org.jspecify.annotations.NullMarked;

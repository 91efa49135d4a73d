/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.springindomain.domain;

import org.jspecify.annotations.NullMarked;

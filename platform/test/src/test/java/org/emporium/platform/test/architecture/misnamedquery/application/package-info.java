/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.misnamedquery.application;

import org.jspecify.annotations.NullMarked;

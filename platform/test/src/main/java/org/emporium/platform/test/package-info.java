/** Test support shared by every module: real infrastructure for integration tests, architecture rules. */
@NullMarked
package org.emporium.platform.test;

import org.jspecify.annotations.NullMarked;

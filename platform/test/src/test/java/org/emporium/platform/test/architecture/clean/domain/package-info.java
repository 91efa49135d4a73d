/** The sample domain: plain Java. */
@NullMarked
package org.emporium.platform.test.architecture.clean.domain;

import org.jspecify.annotations.NullMarked;

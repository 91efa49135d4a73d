/** Use cases of the discount service: one command or query per file, each with its handler, and the read ports. */
@NullMarked
package org.emporium.discount.application;

import org.jspecify.annotations.NullMarked;

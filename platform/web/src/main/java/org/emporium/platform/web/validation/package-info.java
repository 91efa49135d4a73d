/** Bean Validation constraints for request and command fields that every service shares. */
@NullMarked
package org.emporium.platform.web.validation;

import org.jspecify.annotations.NullMarked;

/** springdoc customizers that make each service's OpenAPI document one clients can generate from. */
@NullMarked
package org.emporium.platform.web.openapi;

import org.jspecify.annotations.NullMarked;

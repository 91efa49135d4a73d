/** One Swagger UI at the gateway listing every service's OpenAPI document. */
@NullMarked
package org.emporium.gateway.docs;

import org.jspecify.annotations.NullMarked;

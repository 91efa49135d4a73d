/** One Swagger UI at the gateway listing every service's OpenAPI document. */
package org.emporium.gateway.docs;

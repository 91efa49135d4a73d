/** Use cases on OAuth2 clients: an admin registers a service client. */
@NullMarked
package org.emporium.identity.application.clients;

import org.jspecify.annotations.NullMarked;

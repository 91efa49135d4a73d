/** The web app's one way out: the services' public APIs through the gateway, as the visitor or as the user. */
@NullMarked
package org.emporium.web.gateway;

import org.jspecify.annotations.NullMarked;

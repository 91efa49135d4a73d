/** The web app: server-rendered pages that call the services' public APIs through the gateway. */
@NullMarked
package org.emporium.web;

import org.jspecify.annotations.NullMarked;

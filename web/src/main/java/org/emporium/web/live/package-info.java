/** Live updates for the browser: the services' event streams relayed as Server-Sent Events with the session's token. */
@NullMarked
package org.emporium.web.live;

import org.jspecify.annotations.NullMarked;

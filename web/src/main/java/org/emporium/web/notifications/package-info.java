/** The signed-in user's notifications (message's inbox) and the header's bell with the unread count. */
@NullMarked
package org.emporium.web.notifications;

import org.jspecify.annotations.NullMarked;

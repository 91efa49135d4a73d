/** The message service: notifications from the platform's events and each user's inbox. */
@NullMarked
package org.emporium.message;

import org.jspecify.annotations.NullMarked;

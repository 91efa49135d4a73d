/** Notifications, their kinds and templates; plain Java. */
@NullMarked
package org.emporium.message.domain;

import org.jspecify.annotations.NullMarked;

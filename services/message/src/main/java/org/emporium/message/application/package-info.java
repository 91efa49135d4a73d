/** Use cases: creating notifications from events and the inbox's commands and queries. */
@NullMarked
package org.emporium.message.application;

import org.jspecify.annotations.NullMarked;

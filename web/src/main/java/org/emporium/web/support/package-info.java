/** Support conversations of the signed-in customer: the list, starting one, a conversation with replies and close. */
@NullMarked
package org.emporium.web.support;

import org.jspecify.annotations.NullMarked;

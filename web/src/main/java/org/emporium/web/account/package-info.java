/** Registration and the signed-in user's account. */
@NullMarked
package org.emporium.web.account;

import org.jspecify.annotations.NullMarked;

/** Forms posted to a service: the service's refusal shown on the form, its field errors next to the fields. */
@NullMarked
package org.emporium.web.forms;

import org.jspecify.annotations.NullMarked;

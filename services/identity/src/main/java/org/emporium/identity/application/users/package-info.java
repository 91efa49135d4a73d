/** Use cases on accounts: register, profile, password, and the admin's roles and enable/disable. */
@NullMarked
package org.emporium.identity.application.users;

import org.jspecify.annotations.NullMarked;

/** Use cases on accounts: register, profile, password, and the admin's roles and enable/disable. */
package org.emporium.identity.application.users;

/** Use cases on signing keys: create the first one, rotate. */
package org.emporium.identity.application.keys;

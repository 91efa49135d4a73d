/** Events identity publishes: {@code identity.user-registered}. */
package org.emporium.contracts.identity;

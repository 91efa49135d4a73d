/** identity's domain: accounts, sign-in throttling, signing keys, and the service's named refusals. */
package org.emporium.identity.domain;

/** Token signing keys and the rotation rule: published before use, kept published until their tokens expire. */
package org.emporium.identity.domain.keys;

/** End-to-end tests: the whole platform started by the launcher, driven through the gateway like a client. */
package org.emporium.e2e;

/** Sign-in throttling: how many failures per account or address lock sign-in, and for how long. */
package org.emporium.identity.domain.signin;

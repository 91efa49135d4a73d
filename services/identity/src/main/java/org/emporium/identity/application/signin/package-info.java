/** Sign-in throttling shared by the login form and the password grant. */
package org.emporium.identity.application.signin;

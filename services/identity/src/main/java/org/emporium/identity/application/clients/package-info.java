/** Use cases on OAuth2 clients: an admin registers a service client. */
package org.emporium.identity.application.clients;

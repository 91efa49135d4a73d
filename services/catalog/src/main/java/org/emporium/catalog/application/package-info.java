/** Use cases: commands and queries with one handler each, sent through the mediator; ports for the outside world. */
package org.emporium.catalog.application;

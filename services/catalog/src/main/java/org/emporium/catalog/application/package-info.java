/** Use cases: commands and queries with one handler each, sent through the mediator; ports for the outside world. */
@NullMarked
package org.emporium.catalog.application;

import org.jspecify.annotations.NullMarked;

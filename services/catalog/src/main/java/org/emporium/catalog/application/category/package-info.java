/** Creating categories and reading the category tree. */
package org.emporium.catalog.application.category;

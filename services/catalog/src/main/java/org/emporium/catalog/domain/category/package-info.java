/** Categories: a tree ordered by position, addressed by slug. */
package org.emporium.catalog.domain.category;

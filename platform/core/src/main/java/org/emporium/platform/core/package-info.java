/** Plain-Java vocabulary shared by every domain: errors with stable codes, money. Depends on nothing. */
package org.emporium.platform.core;

/** The fault suite and the consistency checks against the e2e platform. */
package org.emporium.e2e.faults;

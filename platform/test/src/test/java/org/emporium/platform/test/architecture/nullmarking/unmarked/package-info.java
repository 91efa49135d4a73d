/** Has a package-info but forgot the annotation. */
package org.emporium.platform.test.architecture.nullmarking.unmarked;

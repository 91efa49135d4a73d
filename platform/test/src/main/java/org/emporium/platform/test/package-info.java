/** Test support shared by every module: real infrastructure for integration tests, architecture rules. */
package org.emporium.platform.test;

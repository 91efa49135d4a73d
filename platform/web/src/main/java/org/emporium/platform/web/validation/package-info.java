/** Bean Validation constraints for request and command fields that every service shares. */
package org.emporium.platform.web.validation;

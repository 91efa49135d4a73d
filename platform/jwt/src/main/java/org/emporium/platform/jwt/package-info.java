/**
 * What a valid Emporium access token is, defined once: {@link org.emporium.platform.jwt.AccessTokenRules} and
 * {@link org.emporium.platform.jwt.AccessTokenProperties}. The gateway (reactive) and every service (servlet, through
 * platform-security) build their decoders from these; only how keys are fetched differs.
 */
@NullMarked
package org.emporium.platform.jwt;

import org.jspecify.annotations.NullMarked;

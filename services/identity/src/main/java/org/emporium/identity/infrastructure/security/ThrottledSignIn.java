package org.emporium.identity.infrastructure.security;

import org.emporium.identity.application.signin.SignInLocked;
import org.emporium.identity.application.signin.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password sign-in, for the login form and the password grant alike: refused while the account or the
 * client address is locked, failures counted, a success clears the account's count.
 */
class ThrottledSignIn implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            throttle.checkAllowed(username, address);
        } catch (SignInLocked locked) {
            throw new SignInLockedException(locked);
        }
        try {
            var result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

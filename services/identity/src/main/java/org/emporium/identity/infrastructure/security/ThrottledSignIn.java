package org.emporium.identity.infrastructure.security;

import org.emporium.identity.domain.signin.SignInLocked;
import org.emporium.identity.domain.signin.SignInThrottle;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password sign-in, for the login form and the password grant alike: counted by the {@link SignInThrottle}
 * (refused while it says so), and without revealing whether an account exists. The password is checked first,
 * against a dummy hash of the same cost when there is no such account, and an unknown account, a wrong password and
 * a disabled account with a wrong password all fail alike ({@link BadCredentialsException}). Only the right
 * password of a disabled account learns that it is disabled.
 */
class ThrottledSignIn implements AuthenticationProvider {
    static final String WRONG_CREDENTIALS = "Wrong email or password.";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        // Unknown accounts still cost a hash comparison (the provider's dummy hash); we translate the exception.
        this.passwords.setHideUserNotFoundExceptions(false);
        // Account status only after the password: before it, "disabled" would tell anyone the account exists.
        UserDetailsChecker none = user -> {};
        UserDetailsChecker status = user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("The account is disabled.");
            }
        };
        this.passwords.setPreAuthenticationChecks(none);
        this.passwords.setPostAuthenticationChecks(status);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(username, address);
        } catch (SignInLocked locked) {
            throw new SignInLockedException(locked);
        }
        try {
            var result = passwords.authenticate(authentication);
            attempt.succeeded();
            return result;
        } catch (UsernameNotFoundException e) {
            attempt.failed(false);
            throw new BadCredentialsException(WRONG_CREDENTIALS, e);
        } catch (BadCredentialsException | AccountStatusException e) {
            attempt.failed(true);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package org.emporium.identity.application.signin;

import java.time.Clock;
import java.util.Locale;
import org.emporium.identity.domain.signin.LoginAttempts;
import org.emporium.identity.domain.signin.ThrottlePolicy;

/**
 * Counts failed sign-ins per account (the name typed, ignoring case) and per client address, and refuses sign-in
 * while either is locked. A success clears the account's count; the address's count only ages out, so one valid
 * account cannot be used to reset guessing from an address.
 */
public class SignInThrottle {
    private final LoginAttempts attempts;
    private final ThrottlePolicy perAccount;
    private final ThrottlePolicy perAddress;
    private final Clock clock;

    public SignInThrottle(LoginAttempts attempts, ThrottlePolicy perAccount, ThrottlePolicy perAddress, Clock clock) {
        this.attempts = attempts;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** @throws SignInLocked while the account or the address is locked */
    public void checkAllowed(String username, String address) {
        var now = clock.instant();
        var account = attempts.byKey(accountKey(username)).flatMap(a -> perAccount.remainingLockout(a, now));
        var client = address == null
                ? java.util.Optional.<java.time.Duration>empty()
                : attempts.byKey(addressKey(address)).flatMap(a -> perAddress.remainingLockout(a, now));
        var longest = account.map(a -> client.filter(c -> c.compareTo(a) > 0).orElse(a))
                .or(() -> client);
        if (longest.isPresent()) {
            throw new SignInLocked(longest.get());
        }
    }

    public void failed(String username, String address) {
        var now = clock.instant();
        attempts.update(accountKey(username), current -> perAccount.afterFailure(current, now));
        if (address != null) {
            attempts.update(addressKey(address), current -> perAddress.afterFailure(current, now));
        }
    }

    public void succeeded(String username) {
        attempts.clear(accountKey(username));
    }

    private static String accountKey(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 254 ? name.substring(0, 254) : name);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}

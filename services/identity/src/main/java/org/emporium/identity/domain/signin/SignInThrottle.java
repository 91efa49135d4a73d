package org.emporium.identity.domain.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.emporium.identity.domain.IdentityErrors;

/**
 * The sign-in throttle of the login form, the password grant and the password check of a password change
 * (docs/identity.md, "Sign-in throttling"). Three counts, each kept atomically in {@link LoginAttempts}:
 *
 * <ul>
 *   <li><b>account and network</b> ({@link ThrottlePolicy.Lockout}): guessing one account's password from one network
 *       locks that pair only; nobody elsewhere can lock the owner out.
 *   <li><b>account</b> ({@link ThrottlePolicy.Backoff}): guessing from many networks slows down the account, for
 *       networks the account has not signed in from recently; the owner's known networks are never slowed.
 *   <li><b>network</b> ({@link ThrottlePolicy.Lockout}): counts only failures against accounts that exist (a guess at
 *       an account that does not exist can never succeed); over the limit, sign-ins from that network are refused,
 *       except for accounts that have signed in from it before, so one client behind a shared address (NAT) cannot
 *       lock out everyone behind it who has signed in before.
 * </ul>
 *
 * An attempt is counted when it starts and the refusal is decided in the same locked update, so concurrent attempts
 * cannot all pass the check; a success takes its count back. Until its end is reported it is also counted as in
 * progress, so that a refusal due only to attempts still running (which may yet succeed and clear the counts) says
 * so, {@link IdentityErrors#signInInProgress}, with a short retry, instead of a lockout that nothing confirmed.
 */
public final class SignInThrottle {
    private final LoginAttempts attempts;
    private final KnownNetworks knownNetworks;
    private final ThrottlePolicy.Lockout perAccountAndNetwork;
    private final ThrottlePolicy.Backoff perAccount;
    private final ThrottlePolicy.Lockout perNetwork;
    private final Duration knownFor;
    private final Clock clock;

    public SignInThrottle(
            LoginAttempts attempts,
            KnownNetworks knownNetworks,
            ThrottlePolicy.Lockout perAccountAndNetwork,
            ThrottlePolicy.Backoff perAccount,
            ThrottlePolicy.Lockout perNetwork,
            Duration knownFor,
            Clock clock) {
        this.attempts = attempts;
        this.knownNetworks = knownNetworks;
        this.perAccountAndNetwork = perAccountAndNetwork;
        this.perAccount = perAccount;
        this.perNetwork = perNetwork;
        this.knownFor = knownFor;
        this.clock = clock;
    }

    /**
     * Counts the start of a sign-in of {@code username} (as typed; compared ignoring case) from {@code address}.
     * Report how it ended on the returned attempt.
     *
     * @throws SignInLocked when the attempt is refused (nothing is counted then): {@link IdentityErrors#signInLocked}
     *     with the remaining time when confirmed failures refuse it, {@link IdentityErrors#signInInProgress} when only
     *     attempts still in progress do
     */
    public Attempt begin(String username, String address) {
        var account = account(username);
        var network = ClientNetwork.of(address);
        var known = knownNetworks.includes(account, network, clock.instant().minus(knownFor));
        var keys = new Keys(account, network);
        var refusal = new SignInLocked[1];
        var networkLockSet = new boolean[1];
        attempts.update(keys.all(), states -> {
            // Read with the keys locked: concurrent attempts are counted in the order of the times they count at.
            var now = clock.instant();
            refusal[0] = null;
            var pair = states.get(keys.pair());
            var total = states.get(keys.accountKey());
            var net = states.get(keys.networkKey());
            var checks = new ArrayList<Check>();
            checks.add(new Check(perAccountAndNetwork, pair));
            if (!known) {
                checks.add(new Check(perAccount, total));
                checks.add(new Check(perNetwork, net));
            }
            if (checks.stream().anyMatch(check -> check.refuses(now))) {
                refusal[0] = checks.stream()
                        .map(check -> check.confirmedRefusal(now))
                        .flatMap(Optional::stream)
                        .max(Duration::compareTo)
                        .map(IdentityErrors::signInLocked)
                        .orElseGet(IdentityErrors::signInInProgress);
                return states;
            }
            var next = new HashMap<String, FailedAttempts>();
            next.put(keys.pair(), perAccountAndNetwork.afterAttempt(pair, now));
            next.put(keys.accountKey(), perAccount.afterAttempt(total, now));
            var netAfter = perNetwork.afterAttempt(net, now);
            networkLockSet[0] = perNetwork.remainingLockout(net, now).isEmpty()
                    && perNetwork.remainingLockout(netAfter, now).isPresent();
            next.put(keys.networkKey(), netAfter);
            return next;
        });
        if (refusal[0] != null) {
            throw refusal[0];
        }
        return new Attempt(keys, networkLockSet[0]);
    }

    /** One count that may refuse an attempt, in the state it has now. */
    private record Check(ThrottlePolicy policy, FailedAttempts state) {
        boolean refuses(Instant now) {
            return policy.remainingLockout(state, now).isPresent();
        }

        Optional<Duration> confirmedRefusal(Instant now) {
            return policy.remainingConfirmedLockout(state, now);
        }
    }

    /** The name an account is counted under: as typed, without surrounding blanks, ignoring case. */
    static String account(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 254 ? name.substring(0, 254) : name;
    }

    private record Keys(String account, ClientNetwork network) {
        String pair() {
            return "pair:" + network + "|" + account;
        }

        String accountKey() {
            return "account:" + account;
        }

        String networkKey() {
            return "network:" + network;
        }

        Set<String> all() {
            return new LinkedHashSet<>(List.of(pair(), accountKey(), networkKey()));
        }
    }

    /** One counted sign-in attempt; report its end exactly once. */
    public final class Attempt {
        private final Keys keys;
        private final boolean networkLockSet;

        private Attempt(Keys keys, boolean networkLockSet) {
            this.keys = keys;
            this.networkLockSet = networkLockSet;
        }

        /**
         * The password was right: the account's counts (from this network and overall) start again, the network's
         * count takes this attempt back (one valid account cannot reset guessing from a network), and the network
         * becomes one the account is known to sign in from.
         */
        public void succeeded() {
            attempts.update(keys.all(), states -> {
                var next = new HashMap<String, FailedAttempts>();
                next.put(keys.networkKey(), perNetwork.withoutAttempt(states.get(keys.networkKey()), networkLockSet));
                return next;
            });
            knownNetworks.save(keys.account(), keys.network(), clock.instant());
        }

        /**
         * The password was wrong, or the account does not exist, or cannot sign in. The counts stay, now as
         * confirmed failures; a guess at an account that does not exist is taken back from the network's count.
         */
        public void failed(boolean accountExists) {
            attempts.update(keys.all(), states -> {
                var next = new HashMap<String, FailedAttempts>();
                next.put(keys.pair(), perAccountAndNetwork.afterFailure(states.get(keys.pair())));
                next.put(keys.accountKey(), perAccount.afterFailure(states.get(keys.accountKey())));
                var net = states.get(keys.networkKey());
                next.put(
                        keys.networkKey(),
                        accountExists ? perNetwork.afterFailure(net) : perNetwork.withoutAttempt(net, networkLockSet));
                return next;
            });
        }
    }
}

package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * identity with a trusted-proxy set that leaves out loopback, so this test, connecting from loopback, is a client
 * that reaches identity directly rather than through the gateway. Its {@code X-Forwarded-For} must not count: sign-in
 * throttling goes by the socket address. (The other tests connect from a trusted peer, where the header is the
 * client address: {@link AccountsIT#repeatedFailuresLockTheAccountForThatAddressWithRetryAfterAndSuccessResets()}.)
 *
 * <p>One test only: it locks the account it registers for the loopback address.
 */
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192.0.2.1/32")
class UntrustedPeerIT extends IdentityIT {

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnoredForThrottling() {
        var email = "user-" + UUID.randomUUID() + "@example.org";
        assertThat(identity.register(email, "Correct-Horse-42", "Target").status())
                .isEqualTo(201);

        // 3 failures (the per-account-and-address limit here), each claiming another client address; were the header
        // believed, no address would have more than one failure.
        for (int i = 0; i < 3; i++) {
            var spoofing = new IdentityClient(identity.base);
            var failed = spoofing.passwordGrant(email, "wrong-password-" + i);
            assertThat(failed.status()).as(failed.raw().body()).isEqualTo(400);
        }

        var yetAnotherClaim = new IdentityClient(identity.base).passwordGrant(email, "Correct-Horse-42");
        assertThat(yetAnotherClaim.status()).as(yetAnotherClaim.raw().body()).isEqualTo(429);
        assertThat(yetAnotherClaim.text("code")).isEqualTo("IDENTITY.SIGN_IN_LOCKED");
    }
}

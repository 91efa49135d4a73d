package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1234", "qwertyuiop")::contains);
    private final EmailAddress email = new EmailAddress("Ada.Lovelace@Example.org");

    @Test
    void acceptsALongUncommonPassword() {
        assertThatCode(() -> policy.check("Analytical-Engine-1843", email)).doesNotThrowAnyException();
    }

    @Test
    void refusesShortCommonAndEmailPasswordsNamingTheReason() {
        assertThatThrownBy(() -> policy.check("Ab1!", email)).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> policy.check("PASSWORD1234", email)).hasMessageContaining("too common");
        assertThatThrownBy(() -> policy.check("ada.lovelace@example.org", email))
                .hasMessageContaining("email address");
        assertThatThrownBy(() -> policy.check("aaaaaaaaaaaa", email)).hasMessageContaining("4 different");
        assertThatThrownBy(() -> policy.check("é".repeat(40), email)).hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> policy.check(null, email))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("IDENTITY.WEAK_PASSWORD");
    }
}

package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.User;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.UserRegistered;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant REGISTERED = Instant.parse("2026-01-01T10:00:00Z");

    private static User aCustomer() {
        return User.register(
                UserId.newId(), new EmailAddress(" Ada@Example.org "), "  Ada  ", "{bcrypt}hash", REGISTERED);
    }

    @Test
    void aNewAccountIsAnEnabledCustomerAndRegistersItsEventOnce() {
        var user = aCustomer();

        assertThat(user.roles()).containsExactly(Role.CUSTOMER);
        assertThat(user.enabled()).isTrue();
        assertThat(user.displayName()).isEqualTo("Ada");
        assertThat(user.email().value()).isEqualTo("Ada@Example.org");
        assertThat(user.pullEvents()).containsExactly(new UserRegistered(user.id(), user.email(), "Ada", REGISTERED));
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void aRestoredAccountRegistersNoEvent() {
        var user = User.restore(
                UserId.newId(), new EmailAddress("a@example.org"), "A", "h", true, Set.of(), REGISTERED, 3);

        assertThat(user.pullEvents()).isEmpty();
        assertThat(user.version()).isEqualTo(3);
    }

    @Test
    void grantingARoleTwiceChangesNothingAndRevokingTakesItAway() {
        var user = aCustomer();
        user.grant(Role.ADMIN);
        user.grant(Role.ADMIN);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.CUSTOMER);

        user.revoke(Role.ADMIN, UserId.newId());
        assertThat(user.roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    void anAdminCannotRevokeTheirOwnAdminRoleNorDisableThemselves() {
        var admin = aCustomer();
        admin.grant(Role.ADMIN);

        assertThatThrownBy(() -> admin.revoke(Role.ADMIN, admin.id()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(IdentityErrors.CANNOT_REVOKE_OWN_ADMIN));
        assertThatThrownBy(() -> admin.disable(admin.id()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityErrors.CANNOT_DISABLE_SELF));
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        admin.revoke(Role.CUSTOMER, admin.id());
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anotherAdminDisablesAndEnablesTheAccount() {
        var user = aCustomer();
        user.disable(UserId.newId());
        assertThat(user.enabled()).isFalse();
        user.enable();
        assertThat(user.enabled()).isTrue();
    }

    @Test
    void theDisplayNameFollowsItsRules() {
        var user = aCustomer();
        user.rename("  Grace ");
        assertThat(user.displayName()).isEqualTo("Grace");
        assertThatThrownBy(() -> user.rename("Line\nBreak")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> user.rename(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownRoleIsANamedRefusal() {
        assertThat(Role.parse(" admin ")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("WIZARD"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityErrors.UNKNOWN_ROLE));
    }
}

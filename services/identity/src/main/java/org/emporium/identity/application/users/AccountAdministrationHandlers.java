package org.emporium.identity.application.users;

import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** The admin's small account changes: each loads the account, applies one intent and saves it. */
final class AccountAdministrationHandlers {
    private AccountAdministrationHandlers() {}

    @Component
    static class GrantRoleHandler implements Handler<GrantRole, UserId> {
        private final Users users;

        GrantRoleHandler(Users users) {
            this.users = users;
        }

        @Override
        public UserId handle(GrantRole command) {
            var user = users.byId(command.userId()).orElseThrow(UserNotFound::new);
            user.grant(command.role());
            users.save(user);
            return user.id();
        }
    }

    @Component
    static class RevokeRoleHandler implements Handler<RevokeRole, UserId> {
        private final Users users;

        RevokeRoleHandler(Users users) {
            this.users = users;
        }

        @Override
        public UserId handle(RevokeRole command) {
            var user = users.byId(command.userId()).orElseThrow(UserNotFound::new);
            user.revoke(command.role(), command.actingAdmin());
            users.save(user);
            return user.id();
        }
    }

    @Component
    static class DisableUserHandler implements Handler<DisableUser, UserId> {
        private final Users users;
        private final RefreshTokens refreshTokens;

        DisableUserHandler(Users users, RefreshTokens refreshTokens) {
            this.users = users;
            this.refreshTokens = refreshTokens;
        }

        @Override
        public UserId handle(DisableUser command) {
            var user = users.byId(command.userId()).orElseThrow(UserNotFound::new);
            user.disable(command.actingAdmin());
            users.save(user);
            refreshTokens.revokeAllOf(user.id());
            return user.id();
        }
    }

    @Component
    static class EnableUserHandler implements Handler<EnableUser, UserId> {
        private final Users users;

        EnableUserHandler(Users users) {
            this.users = users;
        }

        @Override
        public UserId handle(EnableUser command) {
            var user = users.byId(command.userId()).orElseThrow(UserNotFound::new);
            user.enable();
            users.save(user);
            return user.id();
        }
    }
}

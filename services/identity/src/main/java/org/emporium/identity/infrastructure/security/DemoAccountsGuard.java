package org.emporium.identity.infrastructure.security;

import java.util.List;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.Users;
import org.emporium.identity.infrastructure.config.ServiceClientSecrets;
import org.emporium.identity.infrastructure.config.StartupGuard;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the dev profile, refuses to start while a demo account that the dev profile seeded still has its published
 * password (an instance switched from dev to another profile keeps its database). Runs once the schema is migrated
 * and before the service takes requests.
 */
@Component
@DependsOnDatabaseInitialization
class DemoAccountsGuard implements InitializingBean {
    private final Users users;
    private final PasswordEncoder passwords;
    private final ServiceClientSecrets profile;

    DemoAccountsGuard(Users users, PasswordEncoder passwords, ServiceClientSecrets profile) {
        this.users = users;
        this.passwords = passwords;
        this.profile = profile;
    }

    @Override
    public void afterPropertiesSet() {
        if (profile.isDev()) {
            return;
        }
        List<String> present = Seeding.DEMO_ACCOUNTS.stream()
                .filter(demo -> users.byEmail(new EmailAddress(demo.email()))
                        .filter(user -> passwords.matches(demo.password(), user.passwordHash()))
                        .isPresent())
                .map(Seeding.DemoAccount::email)
                .toList();
        StartupGuard.checkNoDemoAccounts(present);
    }
}

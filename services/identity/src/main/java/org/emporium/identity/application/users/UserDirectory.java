package org.emporium.identity.application.users;

import java.util.Optional;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.core.PageView;

/** Read side of accounts: projects straight into views, for queries. */
public interface UserDirectory {
    Optional<UserView> view(UserId id);

    /** Accounts whose email or display name contains {@code text} (ignoring case; all when blank), by email. */
    PageView<UserView> search(String text, int page, int size);
}

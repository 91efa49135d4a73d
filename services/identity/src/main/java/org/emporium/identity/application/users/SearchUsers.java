package org.emporium.identity.application.users;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Query;

/** Accounts matching {@code text} in email or display name, a page at a time (at most 100 per page). */
public record SearchUsers(
        @Size(max = 100) String text,
        @Min(0) int page,
        @Min(1) @Max(100) int size) implements Query<PageView<UserView>> {}

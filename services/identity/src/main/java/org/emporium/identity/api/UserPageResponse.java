package org.emporium.identity.api;

import java.util.List;
import org.emporium.identity.application.users.UserPage;

/** One page of users. */
public record UserPageResponse(List<UserResponse> items, int page, int size, long totalItems, int totalPages) {
    static UserPageResponse of(UserPage page) {
        return new UserPageResponse(
                page.items().stream().map(UserResponse::of).toList(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages());
    }
}

package org.emporium.identity.application.users;

import java.util.List;

/** One page of a user search. */
public record UserPageView(List<UserView> items, int page, int size, long totalItems, int totalPages) {}

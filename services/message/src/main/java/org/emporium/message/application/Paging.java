package org.emporium.message.application;

/** Page limits of the inbox listing. */
public final class Paging {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    private Paging() {}
}

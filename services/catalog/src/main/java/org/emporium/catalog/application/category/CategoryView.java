package org.emporium.catalog.application.category;

import java.util.UUID;

/**
 * One category as admins edit it.
 *
 * @param parentId null for a root
 * @param version the optimistic-locking version; the API sends it as the ETag
 */
public record CategoryView(UUID id, String slug, String name, UUID parentId, int position, long version) {}

package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * The catalog said a product exists with this slug, name and status at {@code version} ({@code deleted}: it is
 * gone). Older news than the copy holds changes nothing. Returns the product id.
 */
public record RecordProduct(
        @NotNull UUID productId, String slug, String name, String status, long version, boolean deleted)
        implements Command<UUID> {}

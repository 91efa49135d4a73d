package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import org.emporium.message.domain.NotificationKind;
import org.emporium.platform.mediator.Command;

/** Creates a notification of {@code kind} for {@code userId} from the template's parameters. Returns its id. */
public record Notify(
        @NotNull UUID userId,
        @NotNull NotificationKind kind,
        @NotNull Map<String, String> parameters) implements Command<Long> {}

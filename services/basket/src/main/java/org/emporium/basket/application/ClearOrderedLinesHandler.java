package org.emporium.basket.application;

import java.util.concurrent.atomic.AtomicBoolean;
import org.emporium.platform.mediator.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class ClearOrderedLinesHandler implements Handler<ClearOrderedLines, Boolean> {
    private static final Logger log = LoggerFactory.getLogger(ClearOrderedLinesHandler.class);
    private final BasketUpdates updates;

    ClearOrderedLinesHandler(BasketUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Boolean handle(ClearOrderedLines command) {
        var changed = new AtomicBoolean();
        updates.updateIf(command.customerId(), (basket, now) -> {
            changed.set(false);
            if (basket.isEmpty()) {
                return false;
            }
            var revision = command.basketRevision();
            if (revision != null) {
                if (basket.revision() != revision) {
                    log.info(
                            "Order {}: basket of {} is at revision {}, the order was made from {}; kept",
                            command.orderId(),
                            command.customerId(),
                            basket.revision(),
                            revision);
                    return false;
                }
                basket.clear(now);
            } else {
                basket.removeAll(command.orderedProductIds(), now);
            }
            changed.set(true);
            return true;
        });
        return changed.get();
    }
}

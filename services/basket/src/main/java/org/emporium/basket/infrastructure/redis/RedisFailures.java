package org.emporium.basket.infrastructure.redis;

import java.util.function.Supplier;
import org.emporium.basket.domain.BasketErrors;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;

/** Redis not answering (connection refused, command timeout) becomes 503 {@code BASKET.STORE_UNAVAILABLE}. */
final class RedisFailures {
    private RedisFailures() {}

    static <T> T translate(Supplier<T> call) {
        try {
            return call.get();
        } catch (QueryTimeoutException | DataAccessResourceFailureException e) {
            throw unavailable(e);
        } catch (RedisSystemException e) {
            if (e.getCause() instanceof io.lettuce.core.RedisConnectionException
                    || e.getCause() instanceof io.lettuce.core.RedisCommandTimeoutException) {
                throw unavailable(e);
            }
            throw e;
        }
    }

    private static RuntimeException unavailable(RuntimeException cause) {
        var error = BasketErrors.storeUnavailable();
        error.initCause(cause);
        return error;
    }
}

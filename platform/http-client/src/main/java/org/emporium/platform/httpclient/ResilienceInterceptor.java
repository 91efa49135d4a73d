package org.emporium.platform.httpclient;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A circuit breaker around every call to one service, and retries with back-off for idempotent methods only. A
 * dependency that is down, slow (past the read timeout) or answering 5xx becomes a {@code SERVER.UNAVAILABLE}
 * {@link DomainException}, which the web layer answers with 503: a clear problem, never a hang.
 */
class ResilienceInterceptor implements ClientHttpRequestInterceptor {
    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final String service;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ResilienceInterceptor(String service, CircuitBreaker breaker, Retry retry) {
        this.service = service;
        this.breaker = breaker;
        this.retry = retry;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
        try {
            var call = CircuitBreaker.decorateCheckedSupplier(breaker, () -> {
                var response = execution.execute(request, body);
                if (response.getStatusCode().is5xxServerError()) {
                    response.close();
                    throw new IOException(
                            service + " answered " + response.getStatusCode().value());
                }
                return response;
            });
            if (IDEMPOTENT.contains(request.getMethod())) {
                call = Retry.decorateCheckedSupplier(retry, call);
            }
            return call.get();
        } catch (CallNotPermittedException e) {
            throw unavailable("is failing; calls are paused for a moment", e);
        } catch (IOException | UncheckedIOException e) {
            throw unavailable("did not answer in time or failed", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw unavailable("failed", e);
        }
    }

    private DomainException unavailable(String what, Throwable cause) {
        var exception = new DomainException(
                "SERVER.UNAVAILABLE",
                ErrorKind.UNAVAILABLE,
                "The " + service + " service " + what + ". Try again shortly.");
        exception.initCause(cause);
        return exception;
    }
}

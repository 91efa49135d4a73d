package org.emporium.platform.mediator.pipelinr;

import an.awesome.pipelinr.Command;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Request;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.ResolvableType;

/** One of our {@link Handler} beans as a PipelinR handler that matches envelopes of exactly its request type. */
final class HandlerAdapter implements Command.Handler<Envelope<Object>, Object> {
    private final Handler<Request<Object>, Object> handler;
    private final Class<?> requestType;

    @SuppressWarnings("unchecked")
    HandlerAdapter(Handler<?, ?> handler) {
        this.handler = (Handler<Request<Object>, Object>) handler;
        this.requestType = requestType(handler);
    }

    /** The request type {@code handler} declares, looked up through proxies and superclasses. */
    static Class<?> requestType(Handler<?, ?> handler) {
        var type = ResolvableType.forClass(AopUtils.getTargetClass(handler))
                .as(Handler.class)
                .getGeneric(0)
                .resolve();
        if (type == null) {
            throw new IllegalStateException(
                    handler.getClass().getName() + " does not name the request type it handles");
        }
        return type;
    }

    @Override
    public boolean matches(Envelope<Object> envelope) {
        return requestType == envelope.request().getClass();
    }

    @Override
    public Object handle(Envelope<Object> envelope) {
        return handler.handle(envelope.request());
    }
}

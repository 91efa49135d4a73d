package org.emporium.message.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.emporium.platform.test.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A WebSocket client of the live endpoint that queues every frame it receives. */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    public final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private @Nullable WebSocket socket;

    private LiveClient() {}

    /** Connects to {@code uri}; fails (CompletionException) when the handshake is refused. */
    public static LiveClient connect(URI uri) {
        var client = new LiveClient();
        client.socket = HTTP.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, client)
                .join();
        return client;
    }

    /** The next frame within 10 s, or null. */
    public @Nullable JsonNode next() throws InterruptedException {
        return frames.poll(10, TimeUnit.SECONDS);
    }

    /** The next frame that is not a heartbeat, within 10 s, or null. */
    public @Nullable JsonNode nextContent() throws InterruptedException {
        while (true) {
            var frame = next();
            if (frame == null || !"heartbeat".equals(frame.path("type").asString(""))) {
                return frame;
            }
        }
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(ApiClient.JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}

package io.payspec.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP exchange. The default is {@link JdkHttpTransport} ({@code java.net.http}); plug in
 * another HTTP stack by implementing this interface and passing it to a client builder.
 *
 * <p>Implementations complete the future exceptionally with a
 * {@link io.payspec.runtime.error.TransportException} (or a subclass) when no response arrived, and must
 * refuse (not buffer) bodies larger than {@link TransportRequest#maxResponseBytes()}.
 */
public interface HttpTransport {
  CompletableFuture<TransportResponse> send(TransportRequest request);
}

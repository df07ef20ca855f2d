package io.payspec.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP exchange. The default is {@link JdkHttpTransport} ({@code java.net.http}); plug in
 * another HTTP stack by implementing this interface and passing it to a client builder.
 *
 * <p>Implementations return the response for every status (errors included) and must refuse (not
 * buffer) bodies larger than {@link TransportRequest#maxResponseBytes()}. When no usable response
 * arrived they complete the future exceptionally; the client turns that into a payspec exception that
 * names the endpoint:
 *
 * <ul>
 *   <li>{@link java.net.ConnectException}: no connection could be made, the request never reached the
 *       server (the only failure a client retries);
 *   <li>{@link java.net.http.HttpTimeoutException}: no answer within {@link TransportRequest#timeout()}
 *       ({@link java.net.http.HttpConnectTimeoutException}: no connection in time);
 *   <li>{@link ResponseTooLargeException}: the body was refused for its size;
 *   <li>any other {@link java.io.IOException}, or a {@link io.payspec.runtime.error.TransportException}:
 *       the exchange failed.
 * </ul>
 */
public interface HttpTransport {
  /** Sends the request; the future completes with the response, whatever its status. */
  CompletableFuture<TransportResponse> send(TransportRequest request);
}

package io.payspec.runtime.http;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Sends one HTTP exchange. The default is {@link JdkHttpTransport} ({@code java.net.http}); plug in
 * another HTTP stack by implementing this interface and passing it to a client builder.
 *
 * <p>Implementations return the response for every status (errors included) and must refuse (not
 * buffer) bodies larger than {@link TransportRequest#maxResponseBytes()}, and give up when the whole
 * exchange, body included, takes longer than {@link TransportRequest#timeout()}. When no usable
 * response arrived they fail (complete the future of {@link #send} exceptionally, or throw from
 * {@link #execute}); the client turns that into a payspec exception that names the endpoint:
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
 *
 * <p>A transport must not send a non-idempotent request ({@code POST}) again once it may have reached
 * the server (a reset or closed connection after the request was written): the client decides about
 * retries, and only retries what never left.
 */
public interface HttpTransport {
  /** Sends the request; the future completes with the response, whatever its status. */
  CompletableFuture<TransportResponse> send(TransportRequest request);

  /**
   * Sends the request and waits for the response on the calling thread: what a client's blocking
   * call uses. The default waits for {@link #send}; transports with a blocking API of their own
   * override it to spare the hand-over between threads.
   *
   * @throws IOException the failures listed above
   * @throws InterruptedException when the calling thread was interrupted; the exchange is then cancelled
   */
  default TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
    CompletableFuture<TransportResponse> sent = send(request);
    try {
      return sent.get();
    } catch (InterruptedException e) {
      sent.cancel(true);
      throw e;
    } catch (ExecutionException | CancellationException e) {
      throw FutureFailures.rethrown(e);
    }
  }

}

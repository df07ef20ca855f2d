package io.payspec.runtime.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default transport: one {@link HttpClient} (HTTP/1.1, no redirects followed) per instance,
 * shared by every call of a client. Each request carries its own timeout, which covers the whole
 * exchange: {@code java.net.http} times the wait for the headers, and the body is timed here (the
 * blocking call waits for it on its own thread until the deadline, the asynchronous one through one
 * {@link BodyDeadlines} thread per transport). Bodies larger than the request's limit are refused from
 * their {@code Content-Length}, or while streaming, without being buffered. Failures are the
 * {@link IOException}s described in {@link HttpTransport}.
 *
 * <p>The blocking {@link #execute} uses {@link HttpClient#send}, which runs the exchange on the calling
 * thread as far as it can; an interrupt cancels the exchange and closes its connection.
 * {@link #send} uses {@link HttpClient#sendAsync}.
 *
 * <p>Like every {@code java.net.http} client, it sends a {@code GET} once more on a fresh connection when
 * a reused connection closes before any byte of the answer; a {@code POST} never: see the README.
 *
 * <p>The JDK client sends headers in its own order (and adds {@code Host}, {@code Content-Length}); the
 * order of {@link TransportRequest#headers()} is the order they are given to it.
 */
public final class JdkHttpTransport implements HttpTransport {
  private final HttpClient client;
  private final BodyDeadlines deadlines = new BodyDeadlines();

  /**
   * @param connectTimeout time to establish a connection
   * @param executor runs the client's work and completes its futures; null for the client's own
   */
  public JdkHttpTransport(Duration connectTimeout, Executor executor) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"));
    if (executor != null) {
      builder.executor(executor);
    }
    this.client = builder.build();
  }

  /** A transport on the client's own executor. */
  public JdkHttpTransport(Duration connectTimeout) {
    this(connectTimeout, null);
  }

  @Override
  public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + request.timeout().toNanos();
    HttpResponse<LimitedBodySubscriber> response;
    try {
      response = client.send(httpRequest(request), bodyHandler(request.maxResponseBytes()));
    } catch (IOException e) {
      throw original(e);
    }
    byte[] body = response.body().await(deadline);
    return new TransportResponse(response.statusCode(), response.headers().map(), body);
  }

  @Override
  public CompletableFuture<TransportResponse> send(TransportRequest request) {
    long deadline = System.nanoTime() + request.timeout().toNanos();
    CompletableFuture<HttpResponse<LimitedBodySubscriber>> exchange =
        client.sendAsync(httpRequest(request), bodyHandler(request.maxResponseBytes()));
    CompletableFuture<TransportResponse> result = exchange.thenCompose(response -> {
      LimitedBodySubscriber body = response.body();
      return deadlines.bound(body, deadline)
          .thenApply(bytes -> new TransportResponse(response.statusCode(), response.headers().map(), bytes));
    });
    // A caller that cancels cancels the exchange (or its body) and frees the connection.
    result.whenComplete((response, failure) -> {
      if (result.isCancelled()) {
        if (exchange.isDone() && !exchange.isCompletedExceptionally()) {
          exchange.join().body().cancel();
        } else {
          exchange.cancel(true);
        }
      }
    });
    return result;
  }

  private static HttpRequest httpRequest(TransportRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
        .timeout(request.timeout())
        .method(request.method(), request.body().length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach(builder::header);
    return builder.build();
  }

  private static HttpResponse.BodyHandler<LimitedBodySubscriber> bodyHandler(long limit) {
    return info -> new LimitedBodySubscriber(info.statusCode(), limit,
        info.headers().firstValueAsLong("content-length").orElse(-1L));
  }

  /**
   * {@link HttpClient#send} throws a copy of the failure around the original (a {@code ConnectException}
   * around a {@code ConnectException}, an {@code IOException} around any other): the original, so that
   * a blocking call fails exactly as an asynchronous one.
   */
  private static IOException original(IOException thrown) {
    Throwable cause = thrown.getCause();
    if (cause instanceof IOException io && (cause.getClass() == thrown.getClass() || thrown.getClass() == IOException.class)) {
      return io;
    }
    return thrown;
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[HTTP/1.1]";
  }
}

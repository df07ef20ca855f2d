package io.payspec.runtime.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The default transport: one {@link HttpClient} (HTTP/1.1, no redirects followed) per instance,
 * shared by every call of a client. Each request carries its own timeout; bodies larger than the
 * request's limit are refused from their {@code Content-Length}, or while streaming, without being
 * buffered. Failures complete the future with the {@link java.io.IOException} described in
 * {@link HttpTransport}.
 *
 * <p>The JDK client sends headers in its own order (and adds {@code Host}, {@code Content-Length}); the
 * order of {@link TransportRequest#headers()} is the order they are given to it.
 */
public final class JdkHttpTransport implements HttpTransport {
  private final HttpClient client;

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
  public CompletableFuture<TransportResponse> send(TransportRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
        .timeout(request.timeout())
        .method(request.method(), request.body().length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach(builder::header);
    long limit = request.maxResponseBytes();
    CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(builder.build(), info -> subscriber(info, limit));
    // java.net.http times only the wait for the headers; the deadline must also cover a body that stalls.
    CompletableFuture<TransportResponse> result = exchange.copy()
        .orTimeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .handle((response, failure) -> {
          if (failure != null) {
            Throwable cause = unwrap(failure);
            if (cause instanceof TimeoutException) {
              exchange.cancel(true);
              cause = new HttpTimeoutException("request timed out");
            }
            throw new CompletionException(cause);
          }
          return new TransportResponse(response.statusCode(), lowerCase(response.headers().map()), response.body());
        });
    // A caller that cancels (an interrupted blocking call) cancels the exchange and frees its connection.
    result.whenComplete((response, failure) -> {
      if (result.isCancelled()) {
        exchange.cancel(true);
      }
    });
    return result;
  }

  private static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, long limit) {
    long contentLength = info.headers().firstValueAsLong("content-length").orElse(-1L);
    if (contentLength > limit) {
      return LimitedBodySubscriber.refusing(info.statusCode(), limit, contentLength);
    }
    return new LimitedBodySubscriber(info.statusCode(), limit, contentLength);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((name, values) ->
        out.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values));
    out.replaceAll((name, values) -> List.copyOf(values));
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[HTTP/1.1]";
  }
}

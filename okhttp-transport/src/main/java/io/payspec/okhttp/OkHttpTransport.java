package io.payspec.okhttp;

import io.payspec.runtime.http.HttpTransport;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.http.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An {@link HttpTransport} over OkHttp: pass it to a client builder's {@code transport(...)}.
 *
 * <p>The same contract as the default transport: each request's timeout covers the whole exchange,
 * body included (OkHttp's call timeout); bodies larger than the request's limit are refused from their
 * {@code Content-Length} or while reading, without being buffered; failures are the exceptions
 * {@link HttpTransport} documents ({@link OkHttpFailures}); interrupting a blocking call cancels the
 * exchange and closes its connection.
 *
 * <p>OkHttp's own retry of a failed connection is switched off ({@code retryOnConnectionFailure(false)}):
 * it would send a {@code POST} again on a fresh connection when a reused one closed after the request
 * was written, and that request may have reached the provider. Refused connections are retried by the
 * client, after its backoff. Redirects are not followed, as with the default transport.
 *
 * <p>A blocking call runs on the calling thread ({@code Call.execute()}), with no hand-off to a
 * dispatcher thread. Because OkHttp's {@code execute()} cannot be interrupted while it waits for the
 * server, an {@link InterruptWatcher} cancels the call of an interrupted caller within
 * {@value InterruptWatcher#POLL_MILLIS} ms. An asynchronous {@link #send} runs on OkHttp's dispatcher.
 */
public final class OkHttpTransport implements HttpTransport {
  /** Requests in flight at once, per host and in all, for the client {@link #create} builds. */
  public static final int MAX_REQUESTS = 64;

  private final OkHttpClient client;
  private final InterruptWatcher interrupts = new InterruptWatcher();

  /**
   * A transport over a client of the caller's (its connection pool, dispatcher, interceptors, TLS
   * settings are kept). Redirects and OkHttp's own retries are switched off, and so are its read and
   * write timeouts: each request's timeout covers the whole call instead.
   */
  public OkHttpTransport(OkHttpClient client) {
    this.client = Objects.requireNonNull(client, "client").newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .readTimeout(Duration.ZERO)
        .writeTimeout(Duration.ZERO)
        .callTimeout(Duration.ZERO)
        .build();
  }

  /** A transport over a new OkHttp client with this connect timeout and {@link #MAX_REQUESTS} calls at once. */
  public static OkHttpTransport create(Duration connectTimeout) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(MAX_REQUESTS);
    dispatcher.setMaxRequestsPerHost(MAX_REQUESTS);
    return new OkHttpTransport(new OkHttpClient.Builder()
        .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
        .dispatcher(dispatcher)
        .build());
  }

  @Override
  public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("interrupted before the request was sent");
    }
    Call call = newCall(request);
    interrupts.watch(call);
    try (Response response = call.execute()) {
      return LimitedBody.read(response, request.maxResponseBytes());
    } catch (IOException e) {
      if (Thread.interrupted()) {
        InterruptedException interrupted = new InterruptedException("interrupted; the exchange was cancelled");
        interrupted.initCause(e);
        throw interrupted;
      }
      throw OkHttpFailures.rethrown(OkHttpFailures.translate(e));
    } finally {
      interrupts.done(call);
    }
  }

  @Override
  public CompletableFuture<TransportResponse> send(TransportRequest request) {
    Call call = newCall(request);
    CompletableFuture<TransportResponse> answer = enqueue(call, request);
    answer.whenComplete((response, failure) -> {
      if (answer.isCancelled()) {
        call.cancel();
      }
    });
    return answer;
  }

  private Call newCall(TransportRequest request) {
    Request okRequest = OkHttpRequests.of(request);
    Call call = client.newCall(okRequest);
    call.timeout().timeout(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
    return call;
  }

  /** Runs the call on OkHttp's dispatcher; its future completes with the whole body read. */
  private static CompletableFuture<TransportResponse> enqueue(Call call, TransportRequest request) {
    CompletableFuture<TransportResponse> answer = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call done, Response response) {
        try (response) {
          answer.complete(LimitedBody.read(response, request.maxResponseBytes()));
        } catch (IOException | RuntimeException e) {
          answer.completeExceptionally(OkHttpFailures.translate(e));
        }
      }

      @Override
      public void onFailure(Call failed, IOException e) {
        answer.completeExceptionally(OkHttpFailures.translate(e));
      }
    });
    return answer;
  }

  @Override
  public String toString() {
    return "OkHttpTransport[" + client.protocols() + "]";
  }
}

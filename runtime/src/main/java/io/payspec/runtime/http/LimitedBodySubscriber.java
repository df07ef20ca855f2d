package io.payspec.runtime.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Collects a body up to a limit and fails (cancelling the stream, which closes the connection) as
 * soon as the limit is passed, so that at most {@code limit} bytes are ever held; a body whose
 * {@code Content-Length} already passes the limit is refused before a byte is read.
 *
 * <p>It hands itself over as the "body" as soon as the headers are in ({@link #getBody()} is complete
 * at once), so that whoever waits for the bytes also enforces the exchange's deadline: the blocking
 * call waits on its own thread with {@link #await} (no timer), the asynchronous one through
 * {@link #expire}. The bytes go straight into one array of the declared length (no intermediate
 * copies); a body of unknown length grows an array up to the limit.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<LimitedBodySubscriber> {
  private static final int UNKNOWN_LENGTH_START = 8192;

  private final int status;
  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private boolean cancelled;
  private byte[] bytes;
  private int received;

  /**
   * @param contentLength the declared length, or -1
   */
  LimitedBodySubscriber(int status, long limit, long contentLength) {
    this.status = status;
    this.limit = limit;
    if (contentLength > limit) {
      cancelled = true;
      result.completeExceptionally(new ResponseTooLargeException(status, limit, contentLength));
      bytes = new byte[0];
    } else {
      long expected = contentLength >= 0 ? contentLength : Math.min(limit, UNKNOWN_LENGTH_START);
      bytes = new byte[(int) Math.min(expected, Integer.MAX_VALUE - 8)];
    }
  }

  /** This subscriber, at once: the bytes follow through {@link #bytes()} or {@link #await}. */
  @Override
  public CompletionStage<LimitedBodySubscriber> getBody() {
    return CompletableFuture.completedStage(this);
  }

  /** The HTTP status of the response whose body this is. */
  int status() {
    return status;
  }

  /** The whole body, or its failure (too large, the connection failed, the deadline passed). */
  CompletableFuture<byte[]> bytes() {
    return result;
  }

  /**
   * Waits for the whole body until the deadline, on the calling thread.
   *
   * @param deadline a {@link System#nanoTime()} value
   * @throws HttpTimeoutException when the deadline passed first; the stream is then cancelled
   * @throws InterruptedException when interrupted; the stream is then cancelled
   */
  byte[] await(long deadline) throws java.io.IOException, InterruptedException {
    try {
      return result.isDone() ? result.get() : result.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      expire();
      throw timedOut();
    } catch (InterruptedException e) {
      cancel();
      throw e;
    } catch (ExecutionException e) {
      throw FutureFailures.rethrown(e);
    }
  }

  /** Gives up on the body because the exchange's deadline passed. */
  void expire() {
    if (result.completeExceptionally(timedOut())) {
      cancel();
    }
  }

  /** Stops reading the body and closes its connection. */
  synchronized void cancel() {
    cancelled = true;
    if (subscription != null) {
      subscription.cancel();
    }
  }

  private static HttpTimeoutException timedOut() {
    return new HttpTimeoutException("request timed out");
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (cancelled) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int length = item.remaining();
      if (received + (long) length > limit) {
        result.completeExceptionally(new ResponseTooLargeException(status, limit, -1));
        cancel();
        return;
      }
      if (received + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(received + (long) length, 2L * bytes.length)));
      }
      item.get(bytes, received, length);
      received += length;
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(received == bytes.length ? bytes : Arrays.copyOf(bytes, received));
  }
}

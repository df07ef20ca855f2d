package io.payspec.runtime.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body up to a limit and fails (cancelling the stream, which closes the connection) as
 * soon as the limit is passed, so that at most {@code limit} bytes are ever held. Reactive-streams
 * signals arrive one at a time, in order, which makes the plain fields safe.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final int status;
  private final long limit;
  private final ByteArrayOutputStream buffer;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long received;
  private boolean done;

  LimitedBodySubscriber(int status, long limit, long contentLength) {
    this.status = status;
    this.limit = limit;
    long expected = contentLength >= 0 ? Math.min(contentLength, limit) : Math.min(limit, 8192);
    this.buffer = new ByteArrayOutputStream((int) Math.min(expected, Integer.MAX_VALUE - 8));
  }

  /** A subscriber that refuses the body at once, from its declared length. */
  static HttpResponse.BodySubscriber<byte[]> refusing(int status, long limit, long contentLength) {
    return new Refusing(new ResponseTooLargeException(status, limit, contentLength));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (done) {
      return;
    }
    for (ByteBuffer item : items) {
      received += item.remaining();
      if (received > limit) {
        done = true;
        subscription.cancel();
        result.completeExceptionally(new ResponseTooLargeException(status, limit, -1));
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      buffer.write(bytes, 0, bytes.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    done = true;
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    if (!done) {
      done = true;
      result.complete(buffer.toByteArray());
    }
  }

  /** Cancels the body as soon as it is offered and fails with the given exception. */
  private static final class Refusing implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    Refusing(ResponseTooLargeException error) {
      result.completeExceptionally(error);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> item) {}

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  }
}

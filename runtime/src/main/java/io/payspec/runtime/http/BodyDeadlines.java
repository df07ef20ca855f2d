package io.payspec.runtime.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Times the bodies of asynchronous exchanges, which {@code java.net.http} does not: one daemon thread
 * per transport, started on the first body still streaming when its headers arrive and ended after a
 * minute without one. A body already complete with its headers (the usual small answer) costs nothing;
 * a timed body's task is removed from the queue as soon as the body completes.
 */
final class BodyDeadlines {
  private final ScheduledThreadPoolExecutor timer;

  BodyDeadlines() {
    timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "payspec-body-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(1, TimeUnit.MINUTES);
    timer.allowCoreThreadTimeOut(true);
  }

  /**
   * The body's bytes, failed with a timeout when they are not all in by the deadline.
   *
   * @param deadline a {@link System#nanoTime()} value
   */
  CompletableFuture<byte[]> bound(LimitedBodySubscriber body, long deadline) {
    CompletableFuture<byte[]> bytes = body.bytes();
    if (bytes.isDone()) {
      return bytes;
    }
    ScheduledFuture<?> expiry = timer.schedule(body::expire, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    bytes.whenComplete((done, failure) -> expiry.cancel(false));
    return bytes;
  }
}

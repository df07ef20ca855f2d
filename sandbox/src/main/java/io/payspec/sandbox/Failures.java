package io.payspec.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The failures injected into a sandbox: a queue of one-shot failures, served first, then at most one
 * standing failure. Thread-safe; a held {@link Failure.Kind#TIMEOUT} ends when the sandbox closes.
 */
final class Failures {
  /** The most one-shot failures queued at once. */
  static final int MAX_QUEUED = 1000;

  private final Deque<Failure> next = new ArrayDeque<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private Failure always;

  synchronized void failNext(Failure failure) {
    if (next.size() >= MAX_QUEUED) {
      throw new IllegalStateException("at most " + MAX_QUEUED + " failures can be queued");
    }
    next.addLast(failure);
  }

  synchronized void failAlways(Failure failure) {
    always = failure;
  }

  synchronized void clear() {
    next.clear();
    always = null;
  }

  /** The failure for the request that just arrived, or null to serve it. */
  synchronized Failure take() {
    Failure queued = next.pollFirst();
    return queued != null ? queued : always;
  }

  /** Holds a {@link Failure.Kind#TIMEOUT}: returns after its hold or when the sandbox closes. */
  void hold(Failure failure) {
    try {
      closed.await(failure.hold().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void close() {
    closed.countDown();
  }
}

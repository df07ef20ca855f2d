package io.payspec.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The failures injected into a sandbox: for calls and, apart, for notifications, a queue of one-shot
 * failures, served first, then at most one standing failure. Thread-safe; a held
 * {@link Failure.Kind#TIMEOUT} ends when the sandbox closes.
 */
final class Failures {
  /** The most one-shot failures queued at once. */
  static final int MAX_QUEUED = 1000;

  private final Deque<Failure> next = new ArrayDeque<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private Failure always;
  private final Deque<NotificationFailure> nextNotification = new ArrayDeque<>();
  private NotificationFailure alwaysNotification;

  synchronized void failNext(Failure failure) {
    if (next.size() >= MAX_QUEUED) {
      throw new IllegalStateException("at most " + MAX_QUEUED + " failures can be queued");
    }
    next.addLast(failure);
  }

  synchronized void failAlways(Failure failure) {
    always = failure;
  }

  synchronized void failNextNotification(NotificationFailure failure) {
    if (nextNotification.size() >= MAX_QUEUED) {
      throw new IllegalStateException("at most " + MAX_QUEUED + " notification failures can be queued");
    }
    nextNotification.addLast(failure);
  }

  synchronized void failNotificationsAlways(NotificationFailure failure) {
    alwaysNotification = failure;
  }

  synchronized void clear() {
    next.clear();
    always = null;
    nextNotification.clear();
    alwaysNotification = null;
  }

  /** The failure for the notification about to be sent, or null to deliver it normally. */
  synchronized NotificationFailure takeNotification() {
    NotificationFailure queued = nextNotification.pollFirst();
    return queued != null ? queued : alwaysNotification;
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

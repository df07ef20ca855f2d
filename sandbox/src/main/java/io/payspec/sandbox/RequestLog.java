package io.payspec.sandbox;

import io.payspec.runtime.meta.Operation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests a sandbox received, in arrival order, so that tests can assert what was sent (or that
 * nothing was). A request is recorded as soon as its body is read, before its answer is written: once
 * a client has its answer, the request is in the log. Thread-safe.
 *
 * <p>Bounded: the newest {@value #MAX_REQUESTS} requests are kept, each cut as {@link RecordedRequest}
 * says; {@link #total()} and {@link #count} count every request ever received.
 */
public final class RequestLog {
  /** The most requests kept; older ones are dropped (and still counted). */
  public static final int MAX_REQUESTS = 1000;
  /** The most characters of a kept path. */
  public static final int MAX_PATH_CHARS = 2048;
  /** The most characters of a kept body. */
  public static final int MAX_BODY_CHARS = 64 * 1024;
  /** The most headers kept per request. */
  public static final int MAX_HEADERS = 64;

  private final Deque<RecordedRequest> received = new ArrayDeque<>();
  private final Map<OperationKey, Integer> counts = new HashMap<>();
  private int total;

  RequestLog() {}

  synchronized void record(RecordedRequest request) {
    if (received.size() == MAX_REQUESTS) {
      received.removeFirst();
    }
    received.addLast(request);
    total++;
    if (request.operation() != null) {
      counts.merge(request.operation(), 1, Integer::sum);
    }
  }

  /** The kept requests, oldest first (the newest {@value #MAX_REQUESTS}). */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(received);
  }

  /** The newest request, or null when none arrived. */
  public synchronized RecordedRequest last() {
    return received.peekLast();
  }

  /** How many requests arrived, at any path. */
  public synchronized int total() {
    return total;
  }

  /** How many requests arrived for one operation (whether they were accepted or not). */
  public synchronized int count(OperationKey operation) {
    return counts.getOrDefault(operation, 0);
  }

  /** How many requests arrived for one generated operation. */
  public int count(Operation<?, ?> operation) {
    return count(OperationKey.of(operation));
  }

  /** Forgets every request (counts included), e.g. between tests sharing a sandbox. */
  public synchronized void clear() {
    received.clear();
    counts.clear();
    total = 0;
  }
}

package io.payspec.sandbox;

import io.payspec.runtime.meta.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request a sandbox received, in arrival order, so that tests can assert what was sent (or that
 * nothing was). A request is recorded as soon as it arrives, before its answer is written: once a
 * client has its answer, the request is in the log. Thread-safe.
 */
public final class RequestLog {
  private final List<RecordedRequest> received = new ArrayList<>();

  RequestLog() {}

  synchronized void record(RecordedRequest request) {
    received.add(request);
  }

  /** Every request received so far, oldest first. */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(received);
  }

  /** How many requests arrived, at any path. */
  public synchronized int total() {
    return received.size();
  }

  /** How many requests arrived for one operation (whether they were accepted or not). */
  public synchronized int count(OperationKey operation) {
    return (int) received.stream().filter(request -> operation.equals(request.operation())).count();
  }

  /** How many requests arrived for one generated operation. */
  public int count(Operation<?, ?> operation) {
    return count(OperationKey.of(operation));
  }
}

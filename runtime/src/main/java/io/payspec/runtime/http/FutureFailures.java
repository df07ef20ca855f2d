package io.payspec.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns the failure of a future into what a blocking {@link HttpTransport#execute} throws. */
final class FutureFailures {
  private FutureFailures() {}

  /**
   * The cause of a failed future, without the {@link CompletionException} or {@link ExecutionException}
   * around it: an {@link IOException} is returned to be thrown, an unchecked exception or an error is
   * thrown as it is, anything else is returned inside an IOException.
   */
  static IOException rethrown(Exception failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}

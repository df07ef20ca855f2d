package io.payspec.runtime;

import java.time.Duration;

/**
 * Retries of failures that happened before the request could reach the provider (connection
 * refused, host unreachable). A request that may have reached the server is never retried: a retry
 * could create a second invoice.
 *
 * @param maxRetries retries after the first attempt
 * @param backoff wait before each retry
 */
public record RetryPolicy(int maxRetries, Duration backoff) {
  /** Two retries, 200 ms apart. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(2, Duration.ofMillis(200));
  /** No retry. */
  public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO);

  public RetryPolicy {
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
    }
    if (backoff == null || backoff.isNegative()) {
      throw new IllegalArgumentException("backoff must be zero or positive");
    }
  }
}

package io.payspec.runtime.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The provider refused the request because of too many requests (HTTP 429). Nothing was created. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * See {@link ApiException#ApiException(String, String, String, int, String, List, Throwable)}.
   *
   * @param retryAfter the wait the provider asked for in {@code Retry-After}, or null
   */
  public RateLimitException(
      String message,
      String provider,
      String endpoint,
      int status,
      String rawBody,
      List<ProviderError> errors,
      Duration retryAfter,
      Throwable cause) {
    super(message, provider, endpoint, status, rawBody, errors, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * The wait the provider asked for, from a {@code Retry-After} header in seconds or as an HTTP date
   * (a date in the past gives zero); empty without a readable header.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

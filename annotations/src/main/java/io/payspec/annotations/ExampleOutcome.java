package io.payspec.annotations;

/** What a documented response example must be read as. */
public enum ExampleOutcome {
  /** A success: decoded into the typed response. */
  SUCCESS,
  /** The credentials were refused: {@code AuthenticationException}. */
  AUTHENTICATION_FAILED,
  /** The provider rejected the request: {@code InvalidRequestException}. */
  INVALID_REQUEST,
  /** The named object does not exist: {@code NotFoundException}, an {@code InvalidRequestException}. */
  NOT_FOUND,
  /** Too many requests: {@code RateLimitException}. */
  RATE_LIMITED,
  /** The service is unavailable: {@code ProviderUnavailableException}. */
  UNAVAILABLE
}
